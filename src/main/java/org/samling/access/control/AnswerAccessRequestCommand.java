package org.samling.access.control;

import org.samling.platform.context.ObjectRef;
import org.samling.access.entity.RequestDetails;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.OpenCommand;
import org.samling.platform.context.RequestContext;

/** The requester answers a returned request with new details; it goes back to the curators. */
@OpenCommand("only the requester, checked by the handler")
public record AnswerAccessRequestCommand(RequestContext context, Dataset dataset, long requestId,
                                         RequestDetails details, boolean termsAccepted) implements Command<Void> {

    /** The dataset, for the audit log (no role is needed). */
    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "request=" + requestId;
    }
}
