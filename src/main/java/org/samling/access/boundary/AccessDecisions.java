package org.samling.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.samling.access.control.AccessRequestReader;
import org.samling.access.control.AccessRequests;
import org.samling.access.control.GrantLengths;
import org.samling.access.entity.AccessRequest;
import org.samling.platform.context.ObjectRef;
import org.samling.file.control.FileDownloads;
import org.samling.access.control.GrantAccessCommand;
import org.samling.access.control.RejectAccessCommand;
import org.samling.access.control.RequestAccessCommand;
import org.samling.access.entity.RequestDetails;
import org.samling.account.control.Accounts;
import org.samling.account.entity.AppUser;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;

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
    GrantLengths grantLengths;

    @Inject
    AccessRequests requests;

    @Inject
    FileDownloads downloads;

    @Inject
    Accounts accounts;

    @Inject
    AccessRequestReader reader;


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
        return engine.submit(new RequestAccessCommand(context, datasetOf(context, fileId), List.of(fileId), details, true))
                .requestId();
    }

    public List<Long> grant(RequestContext context, long fileId, String identifier, String expires) {
        Dataset dataset = decidedBy(context, fileId);
        long userId = reader.userId(identifier);
        Instant given = RequestBodies.expiry(expires);
        Instant until = given != null ? given : grantLengths.defaultEnd(dataset,
                requests.decidableFor(userId, dataset.getId(), List.of(fileId)).stream()
                        .map(AccessRequest::getPeriodEnd).filter(java.util.Objects::nonNull)
                        .max(java.util.Comparator.naturalOrder()).orElse(null));
        return engine.submit(new GrantAccessCommand(context, dataset, null, userId, List.of(fileId), until));
    }

    /** Rejects the person's open requests for the file. */
    public int reject(RequestContext context, long fileId, String identifier, String reason) {
        Dataset dataset = decidedBy(context, fileId);
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

    /** The file's dataset, 404 when the caller may not know the file exists. */
    private Dataset datasetOf(RequestContext context, long fileId) {
        return datasets.require(downloads.find(context, fileId).datasetId());
    }

    /** The file's dataset, if the caller decides access to it: checked before anything else is looked up. */
    private Dataset decidedBy(RequestContext context, long fileId) {
        Dataset dataset = datasetOf(context, fileId);
        if (!engine.canIssue(GrantAccessCommand.class, context, ObjectRef.dataset(dataset.getId()))) {
            throw SamlingException.forbidden("error.permissionDenied", "MANAGE_ACCESS");
        }
        return dataset;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
