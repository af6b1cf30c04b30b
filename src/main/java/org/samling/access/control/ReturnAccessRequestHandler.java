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
public class ReturnAccessRequestHandler implements CommandHandler<ReturnAccessRequestCommand, Void> {

    @Inject
    AccessRequests requests;

    @Inject
    Notifier notifier;

    @Inject
    Datasets datasets;

    @Override
    public Void handle(ReturnAccessRequestCommand command) {
        if (command.question() == null || command.question().isBlank()) {
            throw SamlingException.badRequest("error.questionRequired");
        }
        AccessRequest request = requests.require(command.dataset(), command.requestId());
        if (request.getState() != RequestState.PENDING) {
            throw SamlingException.conflict("error.requestDecided", request.getId(), request.getState().name());
        }
        request.returned(command.context().userId(), command.question().strip(), command.context().time());
        String title = datasets.released(command.dataset()).map(v -> v.getTitle()).orElse("");
        notifier.tell(request.getRequesterId(), "ACCESS_RETURNED", Text.of("mail.returnedSubject", title),
                Text.of("mail.returnedBody", title, command.question().strip()), "/my-access.xhtml", command.context().time());
        return null;
    }
}
