package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.samling.file.entity.ExtractionStatus;
import java.time.LocalDate;
import org.samling.authz.FileAccess;
import org.samling.platform.persistence.Sql;
import org.samling.platform.time.ServerClock;

/**
 * Pages through the files of one dataset version in the database (sorted, filtered), so a
 * dataset with 10,000 files opens as fast as one with ten. Callers have already decided the
 * caller may see the version; names are visible to whoever sees the version.
 */
@ApplicationScoped
public class FileTable {

    /** The columns {@link #row} reads, for queries over {@code file_metadata fm join datafile f}. */
    public static final String COLUMNS = """
            f.id, fm.label, fm.directory_label, fm.description, fm.category, fm.access, f.content_type,
            f.size_bytes, f.sha256, f.md5, f.storage_key, fm.embargo_until, fm.language, fm.recording_id,
            f.extraction_status, f.extraction_message, f.technical_metadata, f.previous_datafile_id,
            fm.terms_of_access
            """;

    @Inject
    Sql sql;

    @Inject
    ServerClock clock;

    /**
     * Sorting and paging happen on narrow rows (ids and sort keys), then only the page's rows
     * are joined to all their columns: a deep page of 10,000 files sorts in memory, not on disk.
     */
    public List<FileRow> page(FileQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        String order = order(query);
        params.add(query.limit());
        params.add(query.offset());
        String from = needsDataFile(query) ? " from file_metadata fm join datafile f on f.id = fm.datafile_id"
                : " from file_metadata fm";
        return sql.list(Sql.plannedForItsValues("select " + COLUMNS + " from (select fm.id as page_id" + from + where + " order by " + order
                + " limit ? offset ?) page join file_metadata fm on fm.id = page.page_id"
                + " join datafile f on f.id = fm.datafile_id order by " + order), rows(), params.toArray());
    }

    /** Every file of the version in name order, read a batch at a time as the consumer takes them. */
    public void forEach(long versionId, java.util.function.Consumer<FileRow> each) {
        LocalDate today = clock.today();
        sql.forEach("select " + COLUMNS + " from file_metadata fm join datafile f on f.id = fm.datafile_id"
                + " where fm.dataset_version_id = ? order by fm.label, fm.directory_label, fm.datafile_id", 500,
                row -> each.accept(row(row, today)), versionId);
    }

    /** One file of the version, for the table's selection. */
    public java.util.Optional<FileRow> one(long versionId, long fileId) {
        return sql.one("select " + COLUMNS + " from file_metadata fm join datafile f on f.id = fm.datafile_id"
                + " where fm.dataset_version_id = ? and f.id = ?", rows(), versionId, fileId);
    }

    /** These files of the version (those it holds), in one query. */
    public List<FileRow> some(long versionId, java.util.Collection<Long> fileIds) {
        return sql.list("select " + COLUMNS + " from file_metadata fm join datafile f on f.id = fm.datafile_id"
                + " where fm.dataset_version_id = ? and f.id = any(?) order by fm.label", rows(), versionId,
                Sql.bigints(fileIds));
    }

    /** The version's files at one access level as of today, in one query (the requestable ones, say). */
    public List<FileRow> withAccess(long versionId, FileAccess access) {
        List<Object> params = new ArrayList<>();
        params.add(versionId);
        String level = FileAccess.effectiveSql("fm", clock.today(), params);
        params.add(access.name());
        return sql.list(Sql.plannedForItsValues("select " + COLUMNS + " from file_metadata fm join datafile f on f.id = fm.datafile_id"
                + " where fm.dataset_version_id = ? and " + level + " = ? order by fm.label"), rows(), params.toArray());
    }

    public long count(FileQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        String from = needsDataFile(query) ? "file_metadata fm join datafile f on f.id = fm.datafile_id" : "file_metadata fm";
        return sql.count(Sql.plannedForItsValues("select count(*) from " + from + where), params.toArray());
    }

    /** A version's files counted by type, access and category, as a listing with these filters would find them. */
    public record Counts(long total, java.util.Map<String, Long> perContentType, java.util.Map<String, Long> perAccessStatus,
                         java.util.Map<String, Long> perCategoryName) {
    }

    /**
     * An embargoed file counts under the type a stranger sees ({@code application/octet-stream})
     * and under no category, as the listing shows it; "EmbargoedThenRestricted" is its access.
     */
    public Counts counts(FileQuery query) {
        List<Object> params = new ArrayList<>();
        params.add(clock.today());
        params.add(clock.today());
        params.add(clock.today());
        String where = where(query, params);
        java.util.Map<String, Long> types = new java.util.TreeMap<>();
        java.util.Map<String, Long> access = new java.util.TreeMap<>();
        java.util.Map<String, Long> categories = new java.util.TreeMap<>();
        sql.list(Sql.plannedForItsValues("""
                select v.kind, v.key, count(*) from (
                  select case when fm.access = 'EMBARGOED' and fm.embargo_until > ? then 'application/octet-stream'
                              else f.content_type end as type,
                         case when fm.access = 'PUBLIC' then 'Public'
                              when fm.access = 'EMBARGOED' and fm.embargo_until > ? then 'EmbargoedThenRestricted'
                              else 'Restricted' end as access,
                         case when fm.access = 'EMBARGOED' and fm.embargo_until > ? then null else fm.category end as category
                  from file_metadata fm join datafile f on f.id = fm.datafile_id"""
                + where + """
                ) x cross join lateral (values ('type', x.type), ('access', x.access), ('category', x.category)) v(kind, key)
                where v.key is not null group by v.kind, v.key"""), row -> {
                    var into = switch (row.getString(1)) {
                        case "type" -> types;
                        case "access" -> access;
                        default -> categories;
                    };
                    into.put(row.getString(2), row.getLong(3));
                    return null;
                }, params.toArray());
        long total = access.values().stream().mapToLong(Long::longValue).sum();
        return new Counts(total, types, access, categories);
    }

    /** The bytes of a version's files that a listing with these filters would find. */
    public long size(FileQuery query) {
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        return sql.count(Sql.plannedForItsValues("select coalesce(sum(f.size_bytes), 0) from file_metadata fm"
                + " join datafile f on f.id = fm.datafile_id" + where), params.toArray());
    }

    private static boolean needsDataFile(FileQuery query) {
        return query.typeGroup() != null && !query.typeGroup().isBlank()
                || "size".equals(query.sortBy()) || "contentType".equals(query.sortBy());
    }

    private static String order(FileQuery query) {
        String direction = query.descending() ? " desc" : " asc";
        return switch (query.sortBy() == null ? "label" : query.sortBy()) {
            case "size" -> "f.size_bytes" + direction + ", fm.label, fm.directory_label, fm.datafile_id";
            case "contentType" -> HIDDEN_WHILE_EMBARGOED.formatted("f.content_type") + direction
                    + ", fm.label, fm.directory_label, fm.datafile_id";
            case "category" -> HIDDEN_WHILE_EMBARGOED.formatted("fm.category") + direction
                    + ", fm.label, fm.directory_label, fm.datafile_id";
            default -> "fm.label" + direction + ", fm.directory_label" + direction + ", fm.datafile_id" + direction;
        };
    }

    /**
     * An embargoed file shows only its name and size until the embargo ends: no filter may match
     * it by its category or type, and no order may place it by them.
     */
    static final String NOT_EMBARGOED = " and not (fm.access = 'EMBARGOED' and fm.embargo_until > ?)";
    static final String HIDDEN_WHILE_EMBARGOED = "(case when fm.access = 'EMBARGOED' then null else %s end)";

    private String where(FileQuery query, List<Object> params) {
        StringBuilder where = new StringBuilder(" where fm.dataset_version_id = ?");
        params.add(query.versionId());
        if (query.nameContains() != null && !query.nameContains().isBlank()) {
            where.append(" and fm.label ilike ? escape '\\'");
            params.add("%" + query.nameContains().trim().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (query.category() != null && !query.category().isBlank()) {
            where.append(" and fm.category = ?");
            params.add(query.category());
            where.append(NOT_EMBARGOED);
            params.add(clock.today());
        }
        if (query.typeGroup() != null && !query.typeGroup().isBlank()) {
            where.append(" and ").append(FileQuery.TypeGroup.valueOf(query.typeGroup()).condition);
            where.append(NOT_EMBARGOED);
            params.add(clock.today());
        }
        if (query.access() != null && !query.access().isBlank()) {
            where.append(" and ").append(FileAccess.effectiveInSql("fm", clock.today(),
                    java.util.EnumSet.of(FileAccess.valueOf(query.access())), params));
        }
        return where.toString();
    }

    /** Reads rows of {@link #COLUMNS}, with each file's access as of today. */
    public Sql.RowMapper<FileRow> rows() {
        LocalDate today = clock.today();
        return row -> row(row, today);
    }

    static FileRow row(ResultSet row, LocalDate today) throws SQLException {
        java.sql.Date embargo = row.getDate("embargo_until");
        LocalDate embargoUntil = embargo == null ? null : embargo.toLocalDate();
        FileAccess access = FileAccess.effective(FileAccess.valueOf(row.getString("access")), embargoUntil, today);
        return new FileRow(row.getLong("id"), row.getString("label"), row.getString("directory_label"),
                row.getString("description"), row.getString("category"), access,
                row.getString("content_type"), row.getLong("size_bytes"), row.getString("sha256"),
                row.getString("md5"), row.getString("storage_key"), embargoUntil,
                row.getString("language"), Sql.nullableLong(row, "recording_id"),
                ExtractionStatus.valueOf(row.getString("extraction_status")), row.getString("extraction_message"),
                row.getString("technical_metadata"), Sql.nullableLong(row, "previous_datafile_id"),
                row.getString("terms_of_access"));
    }
}
