package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.persistence.Sql;

/**
 * Dataset templates: what a collection prefills on the create form (terms of access, a data
 * controller, a retention policy, ...). A collection offers its own and its parents' templates.
 */
@ApplicationScoped
public class Templates {

    /**
     * @param blocks       values in Dataverse's block shape, {@code {"citation": {"fields": [...]}}}
     * @param instructions field name to a hint shown beside that field on the form
     */
    public record Template(long id, long collectionId, String collectionAlias, String name, JsonObject blocks,
                           String license, String termsOfAccess, String termsOfUse, JsonObject instructions,
                           boolean isDefault, int usageCount, Instant createdAt) {
    }

    private static final String SELECT = """
            select t.id, t.collection_id, c.alias, t.name, t.metadata::text as metadata, t.license, t.terms_of_access,
                   t.terms_of_use, t.instructions::text as instructions, t.is_default, t.usage_count, t.created_at
              from dataset_template t join collection c on c.id = t.collection_id
            """;

    @Inject
    Sql sql;

    /** The collection's own templates, then those of its parents, nearest first. */
    public List<Template> available(long collectionId) {
        return sql.list(SELECT + """
                 join (select step::bigint as id, depth from collection x,
                         unnest(string_to_array(trim(both '/' from x.path), '/')) with ordinality as steps(step, depth)
                        where x.id = ?) lineage on lineage.id = t.collection_id
                 order by lineage.depth desc, t.name
                """, Templates::template, collectionId);
    }

    /** The template the create form starts from: the nearest default one. */
    public Optional<Template> defaultFor(long collectionId) {
        return available(collectionId).stream().filter(Template::isDefault).findFirst();
    }

    public Optional<Template> find(long id) {
        return sql.one(SELECT + " where t.id = ?", Templates::template, id);
    }

    public Template require(long id) {
        return find(id).orElseThrow(() -> SamlingException.notFound("error.templateNotFound", id));
    }

    private static Template template(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Template(row.getLong("id"), row.getLong("collection_id"), row.getString("alias"),
                row.getString("name"), object(row.getString("metadata")), row.getString("license"),
                row.getString("terms_of_access"), row.getString("terms_of_use"), object(row.getString("instructions")),
                row.getBoolean("is_default"), row.getInt("usage_count"), Sql.instant(row, "created_at"));
    }

    private static JsonObject object(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
