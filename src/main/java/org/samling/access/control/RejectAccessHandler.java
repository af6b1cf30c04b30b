package org.samling.access.control;

import org.samling.platform.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.access.entity.AccessRequest;
import org.samling.access.entity.RequestState;
import org.samling.dataset.control.Datasets;
import org.samling.notify.control.Notifier;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Messages;

@ApplicationScoped
public class RejectAccessHandler implements CommandHandler<RejectAccessCommand, Void> {

    @Inject
    AccessRequests requests;

    @Inject
    Notifier notifier;

    @Inject
    Datasets datasets;

    @Override
    public Void handle(RejectAccessCommand command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw SamlingException.badRequest("error.reasonRequired");
        }
        AccessRequest request = requests.require(command.dataset(), command.requestId());
        if (request.getState() == RequestState.UNCONFIRMED) {
            throw SamlingException.conflict("error.requestUnconfirmed", request.getId());
        }
        if (!request.getState().isDecidable()) {
            throw SamlingException.conflict("error.requestDecided", request.getId(), request.getState().name());
        }
        request.rejected(command.context().userId(), command.reason().strip(), command.context().time());
        String title = datasets.released(command.dataset()).map(v -> v.getTitle()).orElse("");
        notifier.tell(request.getRequesterId(), "ACCESS_REJECTED", Text.of("mail.rejectedSubject", title),
                Text.of("mail.rejectedBody", title, command.reason().strip()), "/my-access.xhtml", command.context().time());
        return null;
    }
}
