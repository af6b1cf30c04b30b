package org.samling.access.control;

import org.samling.platform.i18n.Text;
import org.samling.authz.PermissionEvaluator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.samling.access.entity.AcceptedTerms;
import org.samling.access.entity.AccessRequest;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.access.entity.RequestDetails;
import org.samling.dataset.control.Datasets;
import org.samling.access.entity.RequestState;
import org.samling.account.entity.AppUser;
import org.samling.file.control.FileRow;
import org.samling.notify.control.Notifier;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Messages;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class RequestAccessHandler implements CommandHandler<RequestAccessCommand, RequestAccessCommand.Result> {

    static final Duration CONFIRMATION_VALID = Duration.ofDays(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestableFiles requestable;

    @Inject
    SignInLinks links;

    @Inject
    Notifier notifier;

    @Inject
    Curators curators;

    @Inject
    SamlingConfig config;

    @Inject
    Sql sql;

    @Inject
    Datasets datasets;

    @Inject
    PermissionEvaluator permissions;

    @Override
    public RequestAccessCommand.Result handle(RequestAccessCommand command) {
        RequestDetails details = command.details();
        AppUser signedIn = command.context().userId() == null ? null : em.find(AppUser.class, command.context().userId());
        if (signedIn != null) {
            details = details.withEmailOr(signedIn.getEmail());
        }
        RequestValidation.validate(details, command.termsAccepted());
        if (datasets.released(command.dataset()).isEmpty() && !permissions.has(command.context(),
                Permission.VIEW_UNPUBLISHED, ObjectRef.dataset(command.dataset().getId()))) {
            throw SamlingException.notFound("error.datasetNotFound", command.dataset().getGlobalId().asString());
        }
        RequestableFiles.Selection selection = requestable.select(command.dataset(), command.fileIds());
        AppUser requester = signedIn != null ? signedIn : guestFor(details, command.context().language());
        // without a session, whoever writes an address must show they read its mail, every time
        boolean confirmed = signedIn != null;
        AccessRequest request = new AccessRequest(command.dataset().getId(), requester.getId(), details,
                AcceptedTerms.of(selection.version().getId(), selection.terms()),
                confirmed ? RequestState.PENDING : RequestState.UNCONFIRMED, command.context().time());
        em.persist(request);
        em.flush();
        sql.update("insert into access_request_file (request_id, datafile_id) select ?, unnest(?::bigint[])",
                request.getId(), Sql.bigints(selection.files().stream().map(FileRow::id).toList()));
        if (confirmed) {
            tellCurators(request, selection.version().getTitle(), command.context().time());
        } else {
            String token = links.issue(requester.getId(), SignInLinks.CONFIRM, request.getId(), command.context().time(),
                    CONFIRMATION_VALID);
            notifier.mail(details.email(), command.context().language(), Text.of("mail.confirmSubject"),
                    Text.of("mail.confirmBody", selection.version().getTitle()), "/confirm.xhtml?token=" + token);
        }
        return new RequestAccessCommand.Result(request.getId(), !confirmed);
    }

    void tellCurators(AccessRequest request, String title, java.time.Instant at) {
        notifier.tellAll(curators.of(request.getDatasetId()), "ACCESS_REQUESTED",
                Text.of("mail.requestedSubject", title),
                Text.of("mail.requestedBody", request.getName(), request.getInstitution(), title,
                        request.getPurpose()), "/requests.xhtml?request=" + request.getId(), at);
    }

    /**
     * The account of an address: found again, or made as an (unconfirmed) guest. An address that
     * belongs to a full account is answered exactly like any other, so the form reveals nothing
     * about who has an account; the mailed link confirms the request without signing anyone in.
     */
    private AppUser guestFor(RequestDetails details, String language) {
        String email = details.email().trim();
        Optional<AppUser> existing = em.createQuery("select u from AppUser u where lower(u.email) = :email", AppUser.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        AppUser guest = AppUser.guest("guest-" + UUID.randomUUID().toString().substring(0, 12), details.name().trim(),
                email, details.institution().trim());
        guest.setLanguage(language);
        em.persist(guest);
        em.flush();
        return guest;
    }
}
