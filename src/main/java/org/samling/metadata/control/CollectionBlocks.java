package org.samling.metadata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.samling.metadata.entity.BlockDefinition;
import org.samling.metadata.entity.FieldDefinition;
import org.samling.platform.persistence.Sql;

/**
 * What a collection's datasets use: the blocks enabled on it (or, if it sets none, on the nearest
 * collection above it that does), and which fields are internal there (a collection's own setting,
 * else the nearest above, else the block file's default).
 */
@ApplicationScoped
public class CollectionBlocks {

    /** The collection and each one above it, nearest first. */
    private static final String LINEAGE = """
            with lineage as (
                select step::bigint as id, depth from collection c,
                       unnest(string_to_array(trim(both '/' from c.path), '/')) with ordinality as steps(step, depth)
                 where c.id = ?)
            """;

    @Inject
    MetadataBlocks blocks;

    @Inject
    Sql sql;

    public List<BlockDefinition> enabled(long collectionId) {
        List<String> names = sql.list(LINEAGE + """
                select m.block_name from collection_metadata_block m
                 where m.collection_id = (select l.id from lineage l
                                           where exists (select 1 from collection_metadata_block x where x.collection_id = l.id)
                                           order by l.depth desc limit 1)
                """, row -> row.getString(1), collectionId);
        return blocks.all().stream().filter(block -> names.contains(block.name())).toList();
    }

    /** Whether the collection sets its own blocks (Dataverse's "metadata block root"). */
    public boolean definesOwn(long collectionId) {
        return sql.count("select count(*) from collection_metadata_block where collection_id = ?", collectionId) > 0;
    }

    public boolean isEnabled(long collectionId, String blockName) {
        return enabled(collectionId).stream().anyMatch(block -> block.name().equals(blockName));
    }

    /** The fields of every known block that are internal in this collection. */
    public Set<String> internalFields(long collectionId) {
        Map<String, Boolean> nearest = new HashMap<>();
        sql.list(LINEAGE + """
                select s.field_name, s.internal from collection_field_setting s join lineage l on l.id = s.collection_id
                 order by l.depth
                """, row -> nearest.put(row.getString(1), row.getBoolean(2)), collectionId);
        Set<String> internal = new HashSet<>();
        for (BlockDefinition block : blocks.all()) {
            for (FieldDefinition field : block.fields().values()) {
                if (nearest.getOrDefault(field.name(), field.internalByDefault())) {
                    internal.add(field.name());
                }
            }
        }
        return internal;
    }
}
