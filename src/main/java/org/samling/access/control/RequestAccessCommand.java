package org.samling.access.control;

import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.access.entity.RequestDetails;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.OpenCommand;
import org.samling.platform.context.RequestContext;

/**
 * Asks for access to restricted files of a published dataset (all of them when none are named).
 * A guest without an account gives an e-mail address and confirms it before curators see the request.
 */
@OpenCommand("anyone may ask; the handler checks the files are requestable and the terms accepted")
public record RequestAccessCommand(RequestContext context, Dataset dataset, List<Long> fileIds, RequestDetails details,
                                   boolean termsAccepted) implements Command<RequestAccessCommand.Result> {

    public RequestAccessCommand {
        fileIds = List.copyOf(fileIds);
    }

    /** The request, and whether it waits for the requester to confirm an e-mail address. */
    public record Result(long requestId, boolean confirmationSent) {
    }

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "files=" + (fileIds.isEmpty() ? "all restricted" : fileIds) + " requester=" + details.email()
                + " institution=" + details.institution();
    }
}
