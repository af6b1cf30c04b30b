package org.samling.access.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Turns a request down, saying why. */
@RequiresPermission(Permission.MANAGE_ACCESS)
public record RejectAccessCommand(RequestContext context, Dataset dataset, long requestId, String reason)
        implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "request=" + requestId + " reason=" + reason;
    }
}
