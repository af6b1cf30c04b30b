package org.samling.authz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/** Reads private review links: which one a token opens, and what it lets a reviewer see. */
@ApplicationScoped
public class ReviewLinks {

    /** A link in force. */
    public record Link(long id, long datasetId, boolean anonymised, List<String> hiddenFields, boolean allFiles,
                       Set<Long> fileIds) implements java.io.Serializable {
        public boolean allows(long fileId) {
            return allFiles || fileIds.contains(fileId);
        }
    }

    @Inject
    Sql sql;

    /** The review link the caller came in through, while it is in force. */
    public Optional<Link> inForce(RequestContext context) {
        Long linkId = context.reviewLinkId();
        if (linkId == null) {
            return Optional.empty();
        }
        return sql.one("select id, dataset_id, anonymised, hidden_fields, all_files from review_link "
                        + "where id = ? and revoked_at is null and expires_at > ?",
                row -> new Link(row.getLong("id"), row.getLong("dataset_id"), row.getBoolean("anonymised"),
                        List.of((String[]) row.getArray("hidden_fields").getArray()), row.getBoolean("all_files"),
                        Set.of()), linkId, context.time())
                .map(link -> link.allFiles() ? link : new Link(link.id(), link.datasetId(), link.anonymised(),
                        link.hiddenFields(), false, Set.copyOf(sql.list(
                        "select datafile_id from review_link_file where link_id = ?", row -> row.getLong(1), linkId))));
    }

    public Optional<Long> byToken(String token, java.time.Instant now) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        return sql.one("select id from review_link where token_sha256 = ? and revoked_at is null and expires_at > ?",
                row -> row.getLong(1), sha256(token), now);
    }

    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
