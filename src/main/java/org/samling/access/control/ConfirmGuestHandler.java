package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.access.entity.AccessRequest;
import org.samling.access.entity.RequestState;
import org.samling.account.entity.AppUser;
import org.samling.dataset.control.Datasets;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class ConfirmGuestHandler implements CommandHandler<ConfirmGuestCommand, AppUser> {

    @PersistenceContext
    EntityManager em;

    @Inject
    SignInLinks links;

    @Inject
    RequestAccessHandler requests;

    @Inject
    Datasets datasets;

    @Inject
    org.samling.platform.audit.AuditLog audit;

    @Override
    public AppUser handle(ConfirmGuestCommand command) {
        SignInLinks.Use use = links.take(command.token(), command.context().time())
                .orElseThrow(() -> SamlingException.notFound("error.linkInvalid"));
        AppUser user = em.find(AppUser.class, use.userId());
        user.emailVerified();
        if (SignInLinks.CONFIRM.equals(use.purpose()) && use.requestId() != null) {
            AccessRequest request = em.find(AccessRequest.class, use.requestId());
            if (request != null && request.getState() == RequestState.UNCONFIRMED) {
                request.confirmed(command.context().time());
                audit.append(command.context(), "GuestConfirmedRequest", "DATASET", request.getDatasetId(),
                        "request=" + request.getId() + " email=" + user.getEmail(), request.getDatasetId());
                String title = datasets.find(request.getDatasetId()).flatMap(datasets::released)
                        .map(v -> v.getTitle()).orElse("");
                requests.tellCurators(request, title, command.context().time());
            }
        }
        return user;
    }
}
