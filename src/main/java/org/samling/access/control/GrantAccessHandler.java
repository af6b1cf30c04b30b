package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.samling.access.entity.AccessGrant;
import org.samling.access.entity.AccessRequest;
import org.samling.access.entity.RequestState;
import org.samling.account.entity.AppUser;
import org.samling.dataset.control.Datasets;
import org.samling.file.control.FileQuery;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileTable;
import org.samling.notify.control.Notifier;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Messages;

@ApplicationScoped
public class GrantAccessHandler implements CommandHandler<GrantAccessCommand, List<Long>> {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessRequests requests;

    @Inject
    Datasets datasets;

    @Inject
    FileTable table;

    @Inject
    Notifier notifier;

    @Inject
    SignInLinks links;

    @Override
    public List<Long> handle(GrantAccessCommand command) {
        if (command.expires() == null || !command.expires().isAfter(Instant.now())) {
            throw SamlingException.badRequest("error.expiryInPast");
        }
        AccessRequest request = command.requestId() == null ? null : requests.require(command.dataset(), command.requestId());
        if (request != null && request.getState() == RequestState.UNCONFIRMED) {
            throw SamlingException.conflict("error.requestUnconfirmed", request.getId());
        }
        if (request != null && !request.getState().isDecidable()) {
            throw SamlingException.conflict("error.requestDecided", request.getId(), request.getState().name());
        }
        Long userId = request != null ? request.getRequesterId() : command.userId();
        AppUser user = userId == null ? null : em.find(AppUser.class, userId);
        if (user == null) {
            throw SamlingException.notFound("error.userNotFound", String.valueOf(userId));
        }
        List<Long> fileIds = command.fileIds().isEmpty() && request != null ? requests.files(request.getId())
                : command.fileIds();
        if (fileIds.isEmpty()) {
            throw SamlingException.badRequest("error.noFilesSelected");
        }
        List<FileRow> files = grantable(command, fileIds);
        List<Long> grants = new ArrayList<>();
        for (FileRow file : files) {
            AccessGrant grant = new AccessGrant(request == null ? null : request.getId(), user.getId(), file.id(),
                    command.dataset().getId(), command.context().userId(), command.expires());
            em.persist(grant);
            em.flush();
            grants.add(grant.getId());
        }
        List<AccessRequest> answered = request != null ? List.of(request)
                : requests.coveredBy(user.getId(), command.dataset().getId(), fileIds);
        answered.forEach(r -> r.granted(command.context().userId()));
        tell(user, files, command);
        return grants;
    }

    /** The files must be restricted files of the dataset's published version (embargoed and closed ones open to nobody). */
    private List<FileRow> grantable(GrantAccessCommand command, List<Long> fileIds) {
        var released = datasets.released(command.dataset())
                .orElseThrow(() -> SamlingException.badRequest("error.requestUnpublished"));
        List<FileRow> all = table.page(FileQuery.all(released.getId()));
        List<FileRow> files = new ArrayList<>();
        for (Long id : fileIds) {
            FileRow file = all.stream().filter(f -> f.id() == id).findFirst()
                    .orElseThrow(() -> SamlingException.notFound("error.fileNotFound", id));
            if (!file.isRequestable()) {
                throw SamlingException.badRequest("error.notRequestable", file.label());
            }
            files.add(file);
        }
        return files;
    }

    private void tell(AppUser user, List<FileRow> files, GrantAccessCommand command) {
        String title = datasets.released(command.dataset()).map(v -> v.getTitle()).orElse("");
        String until = command.expires().atZone(ZoneOffset.UTC).toLocalDate().toString();
        String path = "/my-access.xhtml";
        String mailPath = !user.isGuest() ? path : "/confirm.xhtml?token=" + links.issue(user.getId(),
                SignInLinks.SIGN_IN, null, Duration.between(Instant.now(), command.expires()).plusDays(1));
        notifier.tell(user.getId(), "ACCESS_GRANTED", Messages.english("mail.grantedSubject", title),
                Messages.english("mail.grantedBody", files.size(), title, until), path, mailPath);
    }
}
