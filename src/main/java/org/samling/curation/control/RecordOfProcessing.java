package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.samling.authz.Permission;
import org.samling.authz.PermissionEvaluator;
import org.samling.authz.PermissionScope;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.License;
import org.samling.dataset.entity.MetadataFields;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/**
 * GDPR Art. 30's record of processing for a collection: each dataset holding personal data (one
 * with a sensitive block) the caller curates, with its controller, legal basis, special categories,
 * purpose, retention, de-identification, and who holds access to its files now. Read a page at a
 * time, so an archive of any size is written out without being held in memory.
 */
@ApplicationScoped
public class RecordOfProcessing {

    static final int PAGE = 500;

    public static final List<String> COLUMNS = List.of("persistentId", "title", "dataController", "dataControllerContact",
            "legalBasis", "legalBasisDescription", "specialCategories", "specialCategoriesBasis", "processingPurpose",
            "participants", "anonymisation", "retentionUntil", "retentionAction", "filesDestroyedAt", "grantsInForce",
            "grantHolders");

    public record Line(Map<String, String> values) {
        public List<String> cells() {
            return COLUMNS.stream().map(c -> values.getOrDefault(c, "")).toList();
        }
    }

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    /** Hands each line to {@code out}, datasets in id order. */
    public void write(RequestContext context, String collectionPath, Consumer<Line> out) {
        PermissionScope scope = permissions.scope(context, Permission.PUBLISH_DATASET);
        long after = 0;
        while (true) {
            java.sql.Timestamp now = java.sql.Timestamp.from(context.time());
            List<Object> params = new ArrayList<>(List.of(now, now));
            String allowed = scope.condition("d", "c", params);
            params.add(collectionPath);
            params.add(after);
            params.add(PAGE);
            List<Object[]> rows = sql.list("""
                    select r.id, r.pid, r.title, v.metadata, r.until, r.retention_action, r.files_destroyed_at,
                           (select count(*) from access_grant g where g.dataset_id = r.id and g.revoked_at is null
                              and g.expires_at > ?) grants,
                           (select string_agg(distinct u.username, '; ') from access_grant g join app_user u on u.id = g.user_id
                             where g.dataset_id = r.id and g.revoked_at is null and g.expires_at > ?) holders
                      from (""" + Retention.EFFECTIVE + " where " + allowed + """
                             and starts_with(c.path, ?) and d.id > ?) r
                      join dataset_version v on v.id = r.version_id
                     where (v.metadata -> 'sensitive') is not null
                     order by r.id limit ?
                    """, row -> new Object[] {row.getLong("id"), line(row)}, params.toArray());
            rows.forEach(r -> out.accept((Line) r[1]));
            if (rows.size() < PAGE) {
                return;
            }
            after = (Long) rows.get(rows.size() - 1)[0];
        }
    }

    private static Line line(java.sql.ResultSet row) throws java.sql.SQLException {
        JsonArray fields = DatasetMetadata.fieldsOf(DatasetMetadata.fromStored(row.getString("metadata"), License.CUSTOM)
                .blocks(), "sensitive");
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("persistentId", row.getString("pid"));
        values.put("title", row.getString("title"));
        List<Map<String, String>> controller = MetadataFields.entries(fields, "dataController");
        values.put("dataController", controller.isEmpty() ? "" : nullToEmpty(controller.get(0).get("dataControllerName")));
        values.put("dataControllerContact", controller.isEmpty() ? ""
                : nullToEmpty(controller.get(0).get("dataControllerContact")));
        for (String name : List.of("legalBasis", "legalBasisDescription", "specialCategoriesBasis", "processingPurpose",
                "participants", "anonymisation")) {
            values.put(name, String.join("; ", MetadataFields.texts(fields, name)));
        }
        values.put("specialCategories", String.join("; ", MetadataFields.texts(fields, "specialCategories")));
        java.sql.Date until = row.getDate("until");
        values.put("retentionUntil", until == null ? "" : until.toLocalDate().toString());
        values.put("retentionAction", nullToEmpty(row.getString("retention_action")));
        var destroyed = Sql.instant(row, "files_destroyed_at");
        values.put("filesDestroyedAt", destroyed == null ? "" : destroyed.toString());
        values.put("grantsInForce", String.valueOf(row.getLong("grants")));
        values.put("grantHolders", nullToEmpty(row.getString("holders")));
        return new Line(values);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
