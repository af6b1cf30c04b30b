package org.samling.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.samling.access.control.AccessRequestReader;
import org.samling.access.control.GrantAccessCommand;
import org.samling.access.control.RejectAccessCommand;
import org.samling.access.control.RequestAccessCommand;
import org.samling.access.entity.RequestDetails;
import org.samling.account.control.Accounts;
import org.samling.account.entity.AppUser;
import org.samling.collection.control.Collections;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/**
 * The Dataverse-shaped access calls on one file ({@code /api/access/datafile/{id}/requestAccess},
 * {@code listRequests}, {@code grantAccess}, {@code rejectAccess}), turned into Samling's commands.
 */
@ApplicationScoped
public class AccessDecisions {

    @Inject
    CommandEngine engine;

    @Inject
    Datasets datasets;

    @Inject
    Collections collections;

    @Inject
    Accounts accounts;

    @Inject
    AccessRequestReader reader;

    @Inject
    Sql sql;

    /** Calling requestAccess accepts the terms of access of the file's published version. */
    public long request(RequestContext context, long fileId, RequestDetails given) {
        if (context.userId() == null) {
            throw SamlingException.forbidden("error.signInToRequestApi");
        }
        AppUser user = accounts.find(context.userId()).orElseThrow();
        RequestDetails details = new RequestDetails(
                orElse(given.name(), user.getDisplayName()),
                orElse(given.institution(), user.getAffiliation() == null ? "(not given)" : user.getAffiliation()),
                orElse(given.email(), user.getEmail()), orElse(given.purpose(), "(not given)"),
                orElse(given.plannedUse(), "(not given)"), given.periodStart(), given.periodEnd());
        return engine.submit(new RequestAccessCommand(context, datasetOf(fileId), List.of(fileId), details, true))
                .requestId();
    }

    public List<Long> grant(RequestContext context, long fileId, String identifier, String expires) {
        Dataset dataset = datasetOf(fileId);
        Instant until = RequestBodies.expiry(expires, grantDays(dataset));
        return engine.submit(new GrantAccessCommand(context, dataset, null, reader.userId(identifier), List.of(fileId),
                until));
    }

    /** Rejects the person's open requests for the file. */
    public int reject(RequestContext context, long fileId, String identifier, String reason) {
        Dataset dataset = datasetOf(fileId);
        long userId = reader.userId(identifier);
        List<Long> open = reader.forFile(context, fileId).stream()
                .filter(r -> r.requesterId() == userId).map(r -> r.id()).toList();
        if (open.isEmpty()) {
            throw SamlingException.notFound("error.noOpenRequest", identifier);
        }
        String why = reason == null || reason.isBlank() ? "Rejected through the API" : reason;
        open.forEach(id -> engine.submit(new RejectAccessCommand(context, dataset, id, why)));
        return open.size();
    }

    public int grantDays(Dataset dataset) {
        return collections.find(dataset.getCollectionId()).map(c -> c.getGrantDays()).orElse(365);
    }

    private Dataset datasetOf(long fileId) {
        long datasetId = sql.one("select dataset_id from datafile where id = ?", row -> row.getLong(1), fileId)
                .orElseThrow(() -> SamlingException.notFound("error.fileNotFound", fileId));
        return datasets.require(datasetId);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
