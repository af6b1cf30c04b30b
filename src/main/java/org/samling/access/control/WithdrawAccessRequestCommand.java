package org.samling.access.control;

import org.samling.platform.context.ObjectRef;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.OpenCommand;
import org.samling.platform.context.RequestContext;

/** The requester takes back a request that is not decided yet. */
@OpenCommand("only the requester, checked by the handler")
public record WithdrawAccessRequestCommand(RequestContext context, Dataset dataset, long requestId)
        implements Command<Void> {

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
