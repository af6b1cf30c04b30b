package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.logging.Logger;
import org.samling.platform.persistence.Sql;

/** Re-reads stored files and compares them with the SHA-256 taken when they arrived. */
@ApplicationScoped
public class FixityCheck {

    private static final Logger LOG = Logger.getLogger(FixityCheck.class.getName());

    public enum Status { VALID, INVALID, MISSING }

    public record Outcome(long fileId, String storageKey, Status status, String message) {
    }

    @Inject
    FileStore store;

    @Inject
    Sql sql;

    /** Every file of a dataset, in any version. */
    public List<Outcome> checkDataset(long datasetId, java.time.Instant now) {
        return sql.list("select id, storage_key, sha256 from datafile where dataset_id = ? and destroyed_at is null order by id",
                row -> new Object[] {row.getLong(1), row.getString(2), row.getString(3)}, datasetId).stream()
                .map(file -> check((Long) file[0], (String) file[1], (String) file[2], now)).toList();
    }

    /** The files checked longest ago (or never), at most {@code atMost} of them. */
    public List<Outcome> checkOldest(int atMost, java.time.Instant now) {
        return sql.list("select id, storage_key, sha256 from datafile where destroyed_at is null order by fixity_checked_at nulls first, id limit ?",
                row -> new Object[] {row.getLong(1), row.getString(2), row.getString(3)}, atMost).stream()
                .map(file -> check((Long) file[0], (String) file[1], (String) file[2], now)).toList();
    }

    Outcome check(long fileId, String key, String expected, java.time.Instant now) {
        Outcome outcome;
        try (InputStream in = store.open(key)) {
            String actual = ChecksummingCopy.copy(in, java.io.OutputStream.nullOutputStream(), Long.MAX_VALUE).sha256();
            outcome = actual.equals(expected) ? new Outcome(fileId, key, Status.VALID, null)
                    : new Outcome(fileId, key, Status.INVALID, "SHA-256 is " + actual + ", expected " + expected);
        } catch (NoSuchFileException e) {
            outcome = new Outcome(fileId, key, Status.MISSING, "the stored bytes are missing");
        } catch (IOException e) {
            outcome = new Outcome(fileId, key, Status.MISSING, "cannot read the stored bytes: " + e.getMessage());
        }
        sql.update("update datafile set fixity_status = ?, fixity_checked_at = ? where id = ?",
                outcome.status().name(), now, fileId);
        if (outcome.status() != Status.VALID) {
            Outcome failed = outcome;
            LOG.severe(() -> "Fixity check failed for file " + fileId + " (" + key + "): " + failed.message());
        }
        return outcome;
    }
}
