package org.samling.access.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Ends a grant before its time. */
@RequiresPermission(Permission.MANAGE_ACCESS)
public record RevokeGrantCommand(RequestContext context, Dataset dataset, long grantId) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "grant=" + grantId;
    }
}
