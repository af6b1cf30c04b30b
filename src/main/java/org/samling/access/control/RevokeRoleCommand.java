package org.samling.access.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Takes back a role assignment made on this collection or dataset. */
@RequiresPermission(Permission.MANAGE_PERMISSIONS)
public record RevokeRoleCommand(RequestContext context, ObjectRef on, long assignmentId) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return on;
    }

    @Override
    public String auditDetails() {
        return "assignment=" + assignmentId;
    }
}
