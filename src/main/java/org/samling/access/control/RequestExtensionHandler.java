package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.samling.access.entity.AcceptedTerms;
import org.samling.access.entity.AccessGrant;
import org.samling.access.entity.AccessRequest;
import org.samling.access.entity.RequestDetails;
import org.samling.access.entity.RequestState;
import org.samling.dataset.control.Datasets;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class RequestExtensionHandler implements CommandHandler<RequestExtensionCommand, Long> {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessRequests requests;

    @Inject
    RequestableFiles requestable;

    @Inject
    RequestAccessHandler requestHandler;

    @Inject
    Datasets datasets;

    @Inject
    Sql sql;

    @Override
    public Long handle(RequestExtensionCommand command) {
        AccessGrant grant = em.find(AccessGrant.class, command.grantId());
        if (grant == null || command.context().userId() == null || !grant.getUserId().equals(command.context().userId())
                || !grant.getDatasetId().equals(command.dataset().getId())) {
            throw SamlingException.notFound("error.grantNotFound", command.grantId());
        }
        if (grant.getRevokedAt() != null) {
            throw SamlingException.conflict("error.grantRevoked", grant.getId());
        }
        if (command.until() == null || !command.until().isAfter(command.context().today())) {
            throw SamlingException.badRequest("error.expiryInPast");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw SamlingException.badRequest("request.reasonRequired");
        }
        List<Long> files = grant.getRequestId() == null ? List.of(grant.getDataFileId())
                : sql.list("select datafile_id from access_grant where request_id = ? and user_id = ?",
                        row -> row.getLong(1), grant.getRequestId(), grant.getUserId());
        AccessRequest original = grant.getRequestId() == null ? null : requests.require(grant.getRequestId());
        var dataset = datasets.require(grant.getDatasetId());
        RequestableFiles.Selection selection = requestable.select(dataset, files);
        var user = em.find(org.samling.account.entity.AppUser.class, grant.getUserId());
        RequestDetails details = new RequestDetails(
                original != null ? original.getName() : user.getDisplayName(),
                original != null ? original.getInstitution() : String.valueOf(user.getAffiliation()),
                user.getEmail(), command.reason().strip(),
                original != null ? original.getPlannedUse() : command.reason().strip(),
                command.context().today(), command.until());
        AccessRequest extension = new AccessRequest(dataset.getId(), user.getId(), details,
                AcceptedTerms.of(selection.version().getId(), selection.terms()), RequestState.PENDING,
                command.context().time());
        extension.extending(grant.getRequestId());
        em.persist(extension);
        em.flush();
        for (var file : selection.files()) {
            sql.update("insert into access_request_file (request_id, datafile_id) values (?, ?)", extension.getId(), file.id());
        }
        requestHandler.tellCurators(extension, selection.version().getTitle(), command.context().time());
        return extension.getId();
    }
}
