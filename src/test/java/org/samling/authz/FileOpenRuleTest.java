package org.samling.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samling.platform.persistence.MigratedDatabase;
import org.samling.platform.persistence.Sql;

/**
 * The file rule's two forms agree: for every kind of caller and every file of a small
 * archive (each access level, embargoes before and after their date, grants running, ended and
 * revoked, roles on collections and datasets, review links), the files the SQL filter lets
 * through are exactly those the Java check opens, on the real schema.
 */
class FileOpenRuleTest {

    static MigratedDatabase database;
    static Connection db;
    static final Instant NOW = Instant.parse("2030-06-15T12:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    /** collection alias → path; dataset name → (id, collection path); file name → (id, dataset) */
    static final Map<String, String> paths = new HashMap<>();
    static final Map<String, long[]> datasets = new LinkedHashMap<>();
    static final Map<String, String> datasetPaths = new HashMap<>();
    static final Map<String, long[]> files = new LinkedHashMap<>();
    static long holder;
    static long stranger;

    @BeforeAll
    static void buildArchive() throws Exception {
        database = MigratedDatabase.start();
        db = database.dataSource().getConnection();
        long root = one("select id from collection where alias = 'root'");
        paths.put("root", "/" + root + "/");
        collection("social", "root");
        collection("health", "root");
        collection("nordic", "social");
        holder = one("insert into app_user (username, first_name, last_name, email) values ('holder', 'H', 'H', "
                + "'h@example.org') returning id");
        stranger = one("insert into app_user (username, first_name, last_name, email) values ('stranger', 'S', 'S', "
                + "'s@example.org') returning id");
        for (String c : List.of("social", "health", "nordic", "root")) {
            dataset(c + "-study", c);
        }
        for (String d : datasets.keySet()) {
            file(d, "public", "PUBLIC", null);
            file(d, "restricted", "RESTRICTED", null);
            file(d, "closed", "CLOSED", null);
            file(d, "embargoed", "EMBARGOED", TODAY.plusDays(30));
            file(d, "embargo-over", "EMBARGOED", TODAY.minusDays(1));
            file(d, "embargo-ends-today", "EMBARGOED", TODAY);
        }
        grant("social-study/restricted", NOW.plus(Duration.ofDays(3)), false);
        grant("social-study/closed", NOW.plus(Duration.ofDays(3)), false);
        grant("social-study/embargoed", NOW.plus(Duration.ofDays(3)), false);
        grant("social-study/embargo-over", NOW.plus(Duration.ofDays(3)), false);
        grant("health-study/restricted", NOW.minusSeconds(1), false);
        grant("nordic-study/restricted", NOW.plus(Duration.ofDays(3)), true);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        database.close();
    }

    @Test
    void javaAndSqlOpenTheSameFilesForEveryCaller() throws Exception {
        ReviewLinks.Link allFiles = new ReviewLinks.Link(1, datasets.get("health-study")[0], false, List.of(), true,
                Set.of());
        ReviewLinks.Link someFiles = new ReviewLinks.Link(2, datasets.get("root-study")[0], false, List.of(), false,
                Set.of(files.get("root-study/closed")[0], files.get("root-study/embargoed")[0]));
        Map<String, FileOpenRule.Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", caller(PermissionScope.NOTHING, PermissionScope.NOTHING, null, null));
        callers.put("stranger", caller(PermissionScope.NOTHING, PermissionScope.NOTHING, stranger, null));
        callers.put("grant holder", caller(PermissionScope.NOTHING, PermissionScope.NOTHING, holder, null));
        callers.put("member of social (collection role)", caller(onCollection("social"), PermissionScope.NOTHING,
                stranger, null));
        callers.put("editor of one dataset", caller(onDataset("health-study"), onDataset("health-study"), stranger,
                null));
        callers.put("editor without download", caller(PermissionScope.NOTHING, onDataset("root-study"), stranger,
                null));
        callers.put("review link, all files", caller(PermissionScope.NOTHING, PermissionScope.NOTHING, null, allFiles));
        callers.put("review link, two files", caller(PermissionScope.NOTHING, PermissionScope.NOTHING, null,
                someFiles));
        callers.put("administrator", caller(PermissionScope.EVERYTHING, PermissionScope.EVERYTHING, null, null));

        for (var entry : callers.entrySet()) {
            assertEquals(openedInJava(entry.getValue()), openedInSql(entry.getValue()), entry.getKey());
        }
        Set<String> publicFiles = Set.of("health-study/public", "nordic-study/public", "root-study/public",
                "social-study/public");
        assertEquals(publicFiles, openedInJava(callers.get("anonymous")), "an anonymous reader opens public files only");
        assertEquals(publicFiles, openedInJava(callers.get("stranger")));
        assertEquals(with(publicFiles, "social-study/restricted", "social-study/embargo-over"),
                openedInJava(callers.get("grant holder")), "a grant opens a restricted file (an embargo past its date "
                        + "is restricted), never a closed or embargoed one; ended and revoked grants open nothing");
        assertEquals(with(publicFiles, "root-study/embargoed"), openedInJava(callers.get("editor without download")),
                "editing lets one open embargoed files, not restricted ones");
        assertEquals(with(publicFiles, "root-study/closed", "root-study/embargoed"),
                openedInJava(callers.get("review link, two files")), "a review link opens the files it names");
        assertEquals(files.size(), openedInJava(callers.get("administrator")).size());
    }

    @Test
    void theStoredColumnFormOfEveryLevelSetAgreesWithTheEffectiveLevel() throws Exception {
        for (int subset = 0; subset < 1 << FileAccess.values().length; subset++) {
            java.util.EnumSet<FileAccess> levels = java.util.EnumSet.noneOf(FileAccess.class);
            for (FileAccess level : FileAccess.values()) {
                if ((subset & 1 << level.ordinal()) != 0) {
                    levels.add(level);
                }
            }
            Set<Long> expected = new TreeSet<>();
            for (long[] file : files.values()) {
                if (levels.contains(access(file[0]))) {
                    expected.add(file[0]);
                }
            }
            List<Object> params = new ArrayList<>();
            String condition = FileAccess.effectiveInSql("fm", TODAY, levels, params);
            assertEquals(expected, new TreeSet<>(list("select fm.datafile_id from file_metadata fm where " + condition,
                    params.toArray())), levels.toString());
        }
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new TreeSet<>(base);
        all.addAll(List.of(more));
        return all;
    }

    private static Set<String> openedInJava(FileOpenRule.Caller caller) throws SQLException {
        Set<String> opened = new TreeSet<>();
        for (var file : files.entrySet()) {
            long fileId = file.getValue()[0];
            String dataset = file.getKey().substring(0, file.getKey().indexOf('/'));
            long datasetId = datasets.get(dataset)[0];
            Opener opener = FileOpenRule.opener(caller, datasetId, datasetPaths.get(dataset), granted(caller, datasetId));
            if (opener.mayOpen(fileId, access(fileId))) {
                opened.add(file.getKey());
            }
        }
        return opened;
    }

    private static Set<String> openedInSql(FileOpenRule.Caller caller) throws SQLException {
        List<Object> params = new ArrayList<>();
        String condition = FileOpenRule.condition(caller, "fm", "d", "c", params);
        Set<Long> ids = new java.util.HashSet<>(list("select fm.datafile_id from file_metadata fm "
                + "join dataset_version v on v.id = fm.dataset_version_id join dataset d on d.id = v.dataset_id "
                + "join collection c on c.id = d.collection_id where " + condition, params.toArray()));
        Set<String> opened = new TreeSet<>();
        files.forEach((name, id) -> {
            if (ids.contains(id[0])) {
                opened.add(name);
            }
        });
        return opened;
    }

    private static Set<Long> granted(FileOpenRule.Caller caller, long datasetId) throws SQLException {
        if (caller.userId() == null) {
            return Set.of();
        }
        List<Object> params = new ArrayList<>();
        String inForce = AccessGrants.inForceCondition(caller.userId(), caller.time(), "f.id", params);
        params.add(datasetId);
        return new java.util.HashSet<>(list("select f.id from datafile f where " + inForce + " and f.dataset_id = ?",
                params.toArray()));
    }

    private static FileAccess access(long fileId) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("select access, embargo_until from file_metadata where datafile_id = ?")) {
            s.setLong(1, fileId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                java.sql.Date until = r.getDate(2);
                return FileAccess.effective(FileAccess.valueOf(r.getString(1)), until == null ? null : until.toLocalDate(),
                        TODAY);
            }
        }
    }

    private static FileOpenRule.Caller caller(PermissionScope download, PermissionScope edit, Long userId,
                                              ReviewLinks.Link link) {
        return new FileOpenRule.Caller(download, edit, userId, NOW, link);
    }

    private static PermissionScope onCollection(String alias) {
        return new PermissionScope(false, List.of(), List.of(paths.get(alias)));
    }

    private static PermissionScope onDataset(String name) {
        return new PermissionScope(false, List.of(datasets.get(name)[0]), List.of());
    }

    private static void collection(String alias, String parent) throws SQLException {
        long id = one("insert into collection (alias, name, path, parent_id) values (?, ?, 'x', "
                + "(select id from collection where alias = ?)) returning id", alias, alias, parent);
        String path = paths.get(parent) + id + "/";
        update("update collection set path = ? where id = ?", path, id);
        paths.put(alias, path);
    }

    private static void dataset(String name, String collection) throws SQLException {
        long id = one("insert into dataset (collection_id, protocol, authority, identifier) values "
                + "((select id from collection where alias = ?), 'doi', '10.5072', ?) returning id", collection, name);
        long version = one("insert into dataset_version (dataset_id, version_number, minor_version_number, state, title,"
                + " metadata) values (?, 1, 0, 'RELEASED', ?, '{}') returning id", id, name);
        update("update dataset set released_version_id = ? where id = ?", version, id);
        datasets.put(name, new long[] {id, version});
        datasetPaths.put(name, paths.get(collection));
    }

    private static void file(String dataset, String label, String access, LocalDate embargo) throws SQLException {
        long[] d = datasets.get(dataset);
        long id = one("insert into datafile (dataset_id, storage_key, content_type, size_bytes, sha256, md5) values "
                + "(?, ?, 'text/plain', 1, repeat('0', 64), repeat('0', 32)) returning id", d[0],
                java.util.UUID.randomUUID().toString());
        update("insert into file_metadata (datafile_id, dataset_version_id, label, access, embargo_until) "
                + "values (?, ?, ?, ?, ?)", id, d[1], label, access, embargo);
        files.put(dataset + "/" + label, new long[] {id, d[0]});
    }

    private static void grant(String file, Instant expires, boolean revoked) throws SQLException {
        long[] f = files.get(file);
        update("insert into access_grant (user_id, datafile_id, dataset_id, granted_at, expires_at, revoked_at) "
                + "values (?, ?, ?, ?, ?, ?)", holder, f[0], f[1], NOW.minus(Duration.ofDays(10)), expires,
                revoked ? NOW.minus(Duration.ofDays(1)) : null);
    }

    private static long one(String sql, Object... params) throws SQLException {
        return list(sql, params).get(0);
    }

    private static List<Long> list(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(sql, params); ResultSet rows = statement.executeQuery()) {
            List<Long> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getLong(1));
            }
            return result;
        }
    }

    private static void update(String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(sql, params)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                value = java.sql.Timestamp.from(instant);
            } else if (value instanceof LocalDate date) {
                value = java.sql.Date.valueOf(date);
            } else if (value instanceof Sql.ArrayParam array) {
                value = db.createArrayOf(array.sqlType(), array.values());
            }
            statement.setObject(i + 1, value);
        }
        return statement;
    }
}
