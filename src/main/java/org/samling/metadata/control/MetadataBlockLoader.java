package org.samling.metadata.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.samling.metadata.entity.BlockDefinition;
import org.samling.metadata.entity.FieldDefinition;
import org.samling.platform.persistence.Settings;
import org.samling.platform.persistence.Sql;

/**
 * At start, after the schema is up to date: brings the database's copy of each block up to its
 * file (a changed file updates its rows in place; a field the file no longer has is kept,
 * retired), and on a new archive gives the root collection every shipped block.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class MetadataBlockLoader {

    private static final Logger LOG = Logger.getLogger(MetadataBlockLoader.class.getName());
    static final String ROOT_BLOCKS_GIVEN = "metadata.rootBlocksGiven";

    @Inject
    MetadataBlocks blocks;

    @Inject
    Sql sql;

    @Inject
    Settings settings;

    @PostConstruct
    void load() {
        int order = 0;
        for (BlockDefinition block : blocks.all()) {
            String digest = MetadataBlocks.fileDigest(block.name());
            String stored = sql.one("select file_sha256 from metadata_block where name = ?", row -> row.getString(1),
                    block.name()).orElse(null);
            if (!digest.equals(stored)) {
                upsert(block, digest, order);
                LOG.info(() -> "Metadata block " + block.name() + (stored == null ? " loaded" : " upgraded") + ": "
                        + block.fields().size() + " fields");
            }
            order++;
        }
        if (settings.get(ROOT_BLOCKS_GIVEN).isEmpty()) {
            sql.update("insert into collection_metadata_block (collection_id, block_name) "
                    + "select c.id, b.name from collection c, metadata_block b where c.alias = 'root' on conflict do nothing");
            settings.put(ROOT_BLOCKS_GIVEN, "true");
        }
    }

    private void upsert(BlockDefinition block, String digest, int order) {
        sql.update("""
                insert into metadata_block (name, display_name, namespace_uri, display_order, file_sha256) values (?, ?, ?, ?, ?)
                on conflict (name) do update set display_name = excluded.display_name,
                    namespace_uri = excluded.namespace_uri, display_order = excluded.display_order,
                    file_sha256 = excluded.file_sha256, loaded_at = now()
                """, block.name(), block.displayName(), block.namespaceUri(), order, digest);
        sql.update("update dataset_field_type set retired = true where block_name = ?", block.name());
        for (FieldDefinition field : block.fields().values()) {
            sql.update("""
                    insert into dataset_field_type (name, block_name, parent_name, field_type, display_order,
                        controlled_vocabulary, multiple, facetable, required, internal_by_default, retired)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)
                    on conflict (name) do update set block_name = excluded.block_name, parent_name = excluded.parent_name,
                        field_type = excluded.field_type, display_order = excluded.display_order,
                        controlled_vocabulary = excluded.controlled_vocabulary, multiple = excluded.multiple,
                        facetable = excluded.facetable, required = excluded.required,
                        internal_by_default = excluded.internal_by_default, retired = false
                    """, field.name(), block.name(), field.parent(), field.type().name(), field.displayOrder(),
                    field.controlledVocabulary(), field.multiple(), field.facetable(), field.required(),
                    field.internalByDefault());
        }
    }
}
