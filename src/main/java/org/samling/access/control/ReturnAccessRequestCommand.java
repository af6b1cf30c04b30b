package org.samling.access.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Sends a request back to the requester with a question; their answer puts it before the curators again. */
@RequiresPermission(Permission.MANAGE_ACCESS)
public record ReturnAccessRequestCommand(RequestContext context, Dataset dataset, long requestId, String question)
        implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "request=" + requestId + " question=" + question;
    }
}
