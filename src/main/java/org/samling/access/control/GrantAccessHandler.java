package org.samling.access.control;

import org.samling.platform.i18n.Text;
import org.samling.platform.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

    @Inject
    Sql sql;

    @Override
    public List<Long> handle(GrantAccessCommand command) {
        if (command.expires() == null || !command.expires().isAfter(command.context().time())) {
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
        // one statement for all the files, however many the request names
        List<Long> grants = sql.list("""
                insert into access_grant (request_id, user_id, datafile_id, dataset_id, granted_by, granted_at, expires_at)
                select ?, ?, file, ?, ?, ?, ? from unnest(?::bigint[]) with ordinality as chosen(file, n) order by n
                returning id
                """, row -> row.getLong(1), request == null ? null : request.getId(), user.getId(),
                command.dataset().getId(), command.context().userId(), command.context().time(), command.expires(),
                Sql.bigints(files.stream().map(FileRow::id).toList()));
        List<AccessRequest> answered = request != null ? List.of(request)
                : requests.coveredBy(user.getId(), command.dataset().getId(), fileIds, command.context().time());
        answered.forEach(r -> r.granted(command.context().userId(), command.context().time()));
        tell(user, files, command);
        return grants;
    }

    /** The files must be restricted files of the dataset's published version (embargoed and closed ones open to nobody). */
    private List<FileRow> grantable(GrantAccessCommand command, List<Long> fileIds) {
        var released = datasets.released(command.dataset())
                .orElseThrow(() -> SamlingException.badRequest("error.requestUnpublished"));
        java.util.Map<Long, FileRow> found = new java.util.HashMap<>();
        table.some(released.getId(), fileIds).forEach(file -> found.put(file.id(), file));
        List<FileRow> files = new ArrayList<>();
        for (Long id : fileIds) {
            FileRow file = found.get(id);
            if (file == null) {
                throw SamlingException.notFound("error.fileNotFound", id);
            }
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
                SignInLinks.SIGN_IN, null, command.context().time(),
                Duration.between(command.context().time(), command.expires()).plusDays(1));
        notifier.tell(user.getId(), "ACCESS_GRANTED", Text.of("mail.grantedSubject", title),
                Text.of("mail.grantedBody", files.size(), title, until), path, mailPath, command.context().time());
    }
}
