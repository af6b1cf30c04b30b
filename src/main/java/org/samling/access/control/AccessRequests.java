package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.samling.access.entity.AccessRequest;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/** Finds requests for the handlers that decide them, checking they belong where the caller says. */
@ApplicationScoped
public class AccessRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sql sql;

    public AccessRequest require(long requestId) {
        AccessRequest request = em.find(AccessRequest.class, requestId);
        if (request == null) {
            throw SamlingException.notFound("error.requestNotFound", requestId);
        }
        return request;
    }

    /** A request of this dataset; one of another dataset reads as not found. */
    public AccessRequest require(Dataset dataset, long requestId) {
        AccessRequest request = require(requestId);
        if (!request.getDatasetId().equals(dataset.getId())) {
            throw SamlingException.notFound("error.requestNotFound", requestId);
        }
        return request;
    }

    /** The requester's own request; someone else's reads as not found. */
    public AccessRequest requireOwn(Long userId, long requestId) {
        AccessRequest request = require(requestId);
        if (userId == null || !request.getRequesterId().equals(userId)) {
            throw SamlingException.notFound("error.requestNotFound", requestId);
        }
        return request;
    }

    public List<Long> files(long requestId) {
        return sql.list("select datafile_id from access_request_file where request_id = ? order by datafile_id",
                row -> row.getLong(1), requestId);
    }

    /** The user's requests in the dataset that curators may decide and that ask for any of the files. */
    public List<AccessRequest> decidableFor(long userId, long datasetId, List<Long> fileIds) {
        List<Long> ids = sql.list("select distinct r.id from access_request r join access_request_file f on f.request_id = r.id "
                        + "where r.requester_id = ? and r.dataset_id = ? and r.state in ('PENDING', 'RETURNED') "
                        + "and f.datafile_id = any(?)", row -> row.getLong(1), userId, datasetId, Sql.bigints(fileIds));
        return ids.stream().map(this::require).toList();
    }

    /**
     * The user's decidable requests that a grant of these files (with the grants already in
     * force) answers in full; a request for more files stays with the curators.
     */
    public List<AccessRequest> coveredBy(long userId, long datasetId, List<Long> fileIds, java.time.Instant now) {
        return decidableFor(userId, datasetId, fileIds).stream().filter(request -> sql.one(COVERED,
                row -> row.getBoolean(1), request.getId(), Sql.bigints(fileIds), userId, now).orElse(false)).toList();
    }

    private static final String COVERED = """
            select not exists (select 1 from access_request_file f where f.request_id = ?
                and f.datafile_id <> all(?)
                and not exists (select 1 from access_grant g where g.user_id = ? and g.datafile_id = f.datafile_id
                                and g.revoked_at is null and g.expires_at > ?))
            """;
}
