package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.samling.platform.persistence.Sql;

/** Reads the grants in force: not revoked, not expired. Expiry needs no job: a grant past its date simply stops counting. */
@ApplicationScoped
public class AccessGrants {

    /** SQL condition: the caller (first parameter) holds a grant for {@code file} in force now. */
    public static final String IN_FORCE = "exists (select 1 from access_grant g where g.user_id = ? "
            + "and g.datafile_id = %s and g.revoked_at is null and g.expires_at > now())";

    @Inject
    Sql sql;

    /** The grant under which the user may open the file now, if any. */
    public Optional<Long> inForce(Long userId, long fileId) {
        if (userId == null) {
            return Optional.empty();
        }
        return sql.one("select id from access_grant where user_id = ? and datafile_id = ? and revoked_at is null "
                + "and expires_at > now() order by expires_at desc limit 1", row -> row.getLong(1), userId, fileId);
    }

    /** The files of a dataset the user holds grants for now. */
    public Set<Long> filesInForce(Long userId, long datasetId) {
        if (userId == null) {
            return Set.of();
        }
        return new HashSet<>(sql.list("select datafile_id from access_grant where user_id = ? and dataset_id = ? "
                + "and revoked_at is null and expires_at > now()", row -> row.getLong(1), userId, datasetId));
    }
}
