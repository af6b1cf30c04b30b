package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.platform.persistence.Sql;

/**
 * The files that differ between two versions of a dataset, worked out in the database so that
 * two versions of 100,000 files each compare without loading either: added, removed, replaced
 * (new bytes in place of old ones) and changed (the same bytes with other metadata). Each list
 * holds at most {@code limit} entries; the counts are complete.
 */
@ApplicationScoped
public class VersionFileDiff {

    public record Pair(FileRow before, FileRow after) {
    }

    public record Kind<T>(long count, List<T> first) {
    }

    public record Result(Kind<FileRow> added, Kind<FileRow> removed, Kind<Pair> replaced, Kind<Pair> changed) {
        public boolean isEmpty() {
            return added.count() + removed.count() + replaced.count() + changed.count() == 0;
        }
    }

    private static final String ADDED = """
             from file_metadata fm join datafile f on f.id = fm.datafile_id
             where fm.dataset_version_id = ?
               and not exists (select 1 from file_metadata o where o.dataset_version_id = ? and o.datafile_id = fm.datafile_id)
               and (f.previous_datafile_id is null or not exists (select 1 from file_metadata o
                    where o.dataset_version_id = ? and o.datafile_id = f.previous_datafile_id))
            """;

    private static final String REMOVED = """
             from file_metadata fm join datafile f on f.id = fm.datafile_id
             where fm.dataset_version_id = ?
               and not exists (select 1 from file_metadata n where n.dataset_version_id = ? and n.datafile_id = fm.datafile_id)
               and not exists (select 1 from file_metadata n join datafile nf on nf.id = n.datafile_id
                    where n.dataset_version_id = ? and nf.previous_datafile_id = fm.datafile_id)
            """;

    private static final String REPLACED = """
             from file_metadata fm join datafile f on f.id = fm.datafile_id
             join file_metadata ofm on ofm.dataset_version_id = ? and ofm.datafile_id = f.previous_datafile_id
             where fm.dataset_version_id = ?
               and not exists (select 1 from file_metadata o where o.dataset_version_id = ? and o.datafile_id = fm.datafile_id)
            """;

    private static final String CHANGED = """
             from file_metadata fm join datafile f on f.id = fm.datafile_id
             join file_metadata ofm on ofm.dataset_version_id = ? and ofm.datafile_id = fm.datafile_id
             where fm.dataset_version_id = ?
               and (ofm.label, ofm.directory_label, coalesce(ofm.description, ''), coalesce(ofm.category, ''), ofm.access,
                    coalesce(ofm.language, ''), coalesce(ofm.embargo_until, date '1970-01-01'), coalesce(ofm.terms_of_access, ''))
                is distinct from
                   (fm.label, fm.directory_label, coalesce(fm.description, ''), coalesce(fm.category, ''), fm.access,
                    coalesce(fm.language, ''), coalesce(fm.embargo_until, date '1970-01-01'), coalesce(fm.terms_of_access, ''))
            """;

    @Inject
    Sql sql;

    @Inject
    FileTable table;

    public Result between(long beforeVersionId, long afterVersionId, int limit) {
        long a = beforeVersionId;
        long b = afterVersionId;
        return new Result(
                new Kind<>(sql.count("select count(*)" + ADDED, b, a, a),
                        sql.list("select " + FileTable.COLUMNS + ADDED + " order by fm.directory_label, fm.label limit ?",
                                table.rows(), b, a, a, limit)),
                new Kind<>(sql.count("select count(*)" + REMOVED, a, b, b),
                        sql.list("select " + FileTable.COLUMNS + REMOVED + " order by fm.directory_label, fm.label limit ?",
                                table.rows(), a, b, b, limit)),
                new Kind<>(sql.count("select count(*)" + REPLACED, a, b, a), pairs(REPLACED, "f.previous_datafile_id", a, b, limit)),
                new Kind<>(sql.count("select count(*)" + CHANGED, a, b), pairs(CHANGED, "fm.datafile_id", a, b, limit)));
    }

    /** The newer side of each pair from {@code from}, then the older side in one more query. */
    private List<Pair> pairs(String from, String oldFileColumn, long a, long b, int limit) {
        Object[] params = from == REPLACED ? new Object[] {a, b, a, limit} : new Object[] {a, b, limit};
        List<Object[]> newer = sql.list("select " + FileTable.COLUMNS + ", " + oldFileColumn + " as old_id" + from
                + " order by fm.directory_label, fm.label limit ?", row -> new Object[] {
                        table.rows().map(row), row.getLong("old_id")}, params);
        var older = new java.util.HashMap<Long, FileRow>();
        table.some(a, newer.stream().map(n -> (Long) n[1]).toList()).forEach(f -> older.put(f.id(), f));
        return newer.stream().map(n -> new Pair(older.get((Long) n[1]), (FileRow) n[0])).toList();
    }
}
