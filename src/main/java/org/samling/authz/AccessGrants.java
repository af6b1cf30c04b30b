package org.samling.authz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/**
 * Reads the grants in force: not revoked, not yet at their end at the time of the request.
 * Expiry needs no job: a grant past its date simply stops counting.
 */
@ApplicationScoped
public class AccessGrants {

    private static final String IN_FORCE = "g.user_id = ? and g.revoked_at is null and g.expires_at > ?";

    @Inject
    Sql sql;

    /** The grant under which the caller may open the file now, if any. */
    public Optional<Long> inForce(RequestContext context, long fileId) {
        if (context.userId() == null) {
            return Optional.empty();
        }
        return sql.one("select g.id from access_grant g where " + IN_FORCE + " and g.datafile_id = ? "
                + "order by g.expires_at desc limit 1", row -> row.getLong(1), context.userId(), context.time(), fileId);
    }

    /** The files of a dataset the caller holds grants for now. */
    public Set<Long> filesInForce(RequestContext context, long datasetId) {
        if (context.userId() == null) {
            return Set.of();
        }
        return new HashSet<>(sql.list("select g.datafile_id from access_grant g where " + IN_FORCE
                + " and g.dataset_id = ?", row -> row.getLong(1), context.userId(), context.time(), datasetId));
    }

    /**
     * The user's grants in force at {@code time} as one value, the same for as long as none of
     * theirs starts, ends or is revoked: what a search that applies their grants depends on.
     */
    public String inForceFingerprint(long userId, java.time.Instant time) {
        return sql.one("select count(*) || ':' || md5(coalesce(string_agg(g.id::text, ',' order by g.id), ''))"
                + " from access_grant g where " + IN_FORCE, row -> row.getString(1), userId, time).orElseThrow();
    }

    /** SQL condition: the user holds a grant in force at {@code time} for the file {@code fileId} names. */
    public static String inForceCondition(long userId, java.time.Instant time, String fileId, List<Object> params) {
        params.add(userId);
        params.add(time);
        return "exists (select 1 from access_grant g where " + IN_FORCE + " and g.datafile_id = " + fileId + ")";
    }
}
