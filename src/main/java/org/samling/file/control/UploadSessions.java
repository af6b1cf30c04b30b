package org.samling.file.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/**
 * Uploads in pieces, for browsers: a session is opened with the file's name and size, the
 * pieces are appended in order (a piece sent twice is taken once), the offset can be asked
 * for after a dropped connection, and the finished file becomes a staged file. Sessions live
 * in the database and their bytes under {@code $SAMLING_HOME/files/uploads}, so any instance
 * can continue an upload another one began.
 */
@ApplicationScoped
public class UploadSessions {

    public static final long MAX_CHUNK = 64L * 1024 * 1024;
    public static final long CHUNK = 8L * 1024 * 1024;
    static final Duration ABANDONED = Duration.ofDays(7);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    public record Session(UUID id, long userId, long datasetId, String fileName, String directoryLabel, long size,
                          long received) {
        public boolean complete() {
            return received == size;
        }
    }

    @Inject
    Sql sql;

    @Inject
    SamlingConfig config;

    private Path area;

    @PostConstruct
    void createArea() {
        area = config.home().resolve("files").resolve("uploads");
        try {
            Files.createDirectories(area);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For {@link OpenUploadHandler}: the engine has checked the caller may edit the dataset. */
    Session open(RequestContext context, long datasetId, String fileName, String directoryLabel, long size) {
        if (size < 0) {
            throw SamlingException.badRequest("error.badUploadSize");
        }
        if (size > config.uploadMaxFileSize()) {
            throw SamlingException.tooLarge("error.fileTooLarge",
                    org.samling.platform.i18n.Sizes.human(config.uploadMaxFileSize()), config.uploadMaxFileSize());
        }
        UUID id = UUID.randomUUID();
        try {
            Files.createFile(pathOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sql.update("insert into upload_session (id, user_id, dataset_id, file_name, directory_label, size_bytes) "
                        + "values (?::uuid, ?, ?, ?, ?, ?)", id.toString(), context.userId(), datasetId,
                FileNames.label(fileName), FileNames.directory(directoryLabel), size);
        return find(context, id);
    }

    /** The caller's own session; anyone else's reads as not found. */
    public Session find(RequestContext context, UUID id) {
        return sql.one("select * from upload_session where id = ?::uuid and user_id = ?", UploadSessions::session,
                        id.toString(), context.userId() == null ? -1 : context.userId())
                .orElseThrow(() -> SamlingException.notFound("error.uploadNotFound", id));
    }

    /**
     * Lets the caller's session be written through a capability URL, for Dataverse's direct upload:
     * returns the key that URL carries (the database keeps only its hash).
     */
    public String allowDirect(RequestContext context, UUID id) {
        find(context, id);
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String encoded = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        sql.update("update upload_session set direct_key_sha256 = ? where id = ?::uuid", sha256(encoded), id.toString());
        return encoded;
    }

    /** The session a capability URL names, whoever owns it, if its key is the one handed out. */
    public Session findDirect(UUID id, String key) {
        return sql.one("select * from upload_session where id = ?::uuid", row -> {
                    byte[] stored = row.getBytes("direct_key_sha256");
                    return stored != null && key != null && java.security.MessageDigest.isEqual(stored, sha256(key))
                            ? session(row) : null;
                }, id.toString())
                .orElseThrow(() -> SamlingException.notFound("error.uploadNotFound", id));
    }

    private static byte[] sha256(String key) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Session session(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Session(UUID.fromString(row.getString("id")), row.getLong("user_id"), row.getLong("dataset_id"),
                row.getString("file_name"), row.getString("directory_label"), row.getLong("size_bytes"),
                row.getLong("received_bytes"));
    }

    /**
     * Appends a piece that starts at {@code offset}. Bytes already received are skipped, so a
     * piece resent after a lost answer does no harm; a gap is refused with the offset to go on from.
     */
    Session append(RequestContext context, UUID id, long offset, long length, InputStream piece) throws IOException {
        Session session = find(context, id);
        if (offset > session.received()) {
            throw SamlingException.conflict("error.uploadGap", session.received());
        }
        if (length > MAX_CHUNK || offset + length > session.size()) {
            throw SamlingException.badRequest("error.badChunk", MAX_CHUNK);
        }
        piece.skipNBytes(session.received() - offset);
        long expected = offset + length - session.received();
        try (FileChannel channel = FileChannel.open(pathOf(id), StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel.position(session.received()))) {
            byte[] buffer = new byte[256 * 1024];
            long written = 0;
            int read;
            while (written < expected && (read = piece.read(buffer, 0, (int) Math.min(buffer.length, expected - written))) >= 0) {
                out.write(buffer, 0, read);
                written += read;
            }
            long received = session.received() + written;
            sql.update("update upload_session set received_bytes = ?, updated_at = ? where id = ?::uuid",
                    received, context.time(), id.toString());
            return new Session(id, session.userId(), session.datasetId(), session.fileName(), session.directoryLabel(),
                    session.size(), received);
        }
    }

    /** The assembled file, checksummed, as a staged file (its bytes move into the store from here). */
    public StagedFile finish(RequestContext context, UUID id) throws IOException {
        Session session = find(context, id);
        if (!session.complete()) {
            throw SamlingException.conflict("error.uploadIncomplete", session.received(), session.size());
        }
        try (FileChannel channel = FileChannel.open(pathOf(id), StandardOpenOption.READ, StandardOpenOption.WRITE);
             InputStream in = Channels.newInputStream(channel)) {
            ChecksummingCopy.Result result = ChecksummingCopy.copy(in, OutputStream.nullOutputStream(), Long.MAX_VALUE);
            channel.force(true);
            return new StagedFile(pathOf(id), result.size(), result.sha256(), result.md5());
        }
    }

    void close(UUID id) {
        sql.update("delete from upload_session where id = ?::uuid", id.toString());
        try {
            Files.deleteIfExists(pathOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes sessions nobody has touched for a week before {@code now}; returns how many. */
    public int sweepAbandoned(java.time.Instant now) {
        List<String> stale = sql.list("select id from upload_session where updated_at < ?",
                row -> row.getString(1), now.minus(ABANDONED));
        stale.forEach(id -> close(UUID.fromString(id)));
        return stale.size();
    }

    /**
     * Removes bytes in the upload area that no session owns (a crash between creating the file and
     * committing its session), if last written before {@code cutoff}; returns how many.
     */
    public int sweepOrphanBytes(java.time.Instant cutoff) throws IOException {
        List<Path> old;
        try (var files = Files.list(area)) {
            old = files.filter(Files::isRegularFile).filter(path -> modifiedBefore(path, cutoff)).toList();
        }
        if (old.isEmpty()) {
            return 0;
        }
        java.util.Set<String> owned = new java.util.HashSet<>(sql.list("select id::text from upload_session where "
                + "id::text = any(?)", row -> row.getString(1),
                Sql.texts(old.stream().map(path -> path.getFileName().toString()).toList())));
        int removed = 0;
        for (Path path : old) {
            if (!owned.contains(path.getFileName().toString()) && Files.deleteIfExists(path)) {
                removed++;
            }
        }
        return removed;
    }

    private static boolean modifiedBefore(Path path, java.time.Instant cutoff) {
        try {
            return Files.getLastModifiedTime(path).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false;
        }
    }

    public Optional<Path> bytesOf(UUID id) {
        Path path = pathOf(id);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    private Path pathOf(UUID id) {
        return area.resolve(id.toString());
    }
}
