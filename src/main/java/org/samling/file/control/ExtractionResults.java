package org.samling.file.control;

import java.time.Instant;
import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samling.platform.json.Json;
import org.samling.platform.persistence.Sql;

/**
 * The database side of extraction: which file a worker takes, what it reads, and where the
 * results go. These are the server's own derived data, not a user's change, so they are
 * written here rather than through a command.
 */
@ApplicationScoped
public class ExtractionResults {

    /** A worker that died holding a file gives it back after this long. */
    static final java.time.Duration STALE_CLAIM = java.time.Duration.ofMinutes(10);

    public record Input(long fileId, String storageKey, String name, String contentType, long size) {
    }

    @Inject
    Sql sql;

    @Inject
    Clock clock;

    /** Takes the file for one worker; false if another has it or it is done. */
    @Transactional
    public boolean claim(long fileId) {
        Instant now = clock.instant();
        return sql.update("update datafile set extraction_status = 'RUNNING', extraction_claimed_at = ? "
                + "where id = ? and (extraction_status = 'PENDING' or (extraction_status = 'RUNNING' "
                + "and extraction_claimed_at < ?))", now, fileId, now.minus(STALE_CLAIM)) == 1;
    }

    public Optional<Input> input(long fileId) {
        return sql.one("""
                select f.id, f.storage_key, f.content_type, f.size_bytes,
                       (select fm.label from file_metadata fm where fm.datafile_id = f.id order by fm.id desc limit 1) label
                  from datafile f where f.id = ?
                """, row -> new Input(row.getLong("id"), row.getString("storage_key"), row.getString("label"),
                row.getString("content_type"), row.getLong("size_bytes")), fileId);
    }

    @Transactional
    public void save(long fileId, ExtractionResult result) {
        sql.update("update datafile set extraction_status = ?, extraction_message = ?, technical_metadata = ?::jsonb, "
                        + "extraction_claimed_at = null where id = ?",
                result.status().name(), result.message(), json(result.technical()), fileId);
        if (result.text() != null) {
            sql.update("""
                    insert into file_text (datafile_id, content, language, truncated) values (?, ?, ?, ?)
                    on conflict (datafile_id) do update
                       set content = excluded.content, language = excluded.language, truncated = excluded.truncated
                    """, fileId, result.text(), result.language(), result.truncated());
        }
    }

    /** Files waiting for extraction, or held by a worker that has gone. */
    public List<Long> unfinished(int limit) {
        return sql.list("select id from datafile where extraction_status = 'PENDING' or (extraction_status = 'RUNNING' "
                + "and extraction_claimed_at < ?) order by id limit ?",
                row -> row.getLong(1), clock.instant().minus(STALE_CLAIM), limit);
    }

    private static String json(Map<String, Object> facts) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        facts.forEach((name, value) -> {
            if (value instanceof Integer number) {
                object.add(name, number);
            } else if (value instanceof Long number) {
                object.add(name, number);
            } else if (value instanceof Double number) {
                object.add(name, number);
            } else {
                object.add(name, String.valueOf(value));
            }
        });
        return object.build().toString();
    }
}
