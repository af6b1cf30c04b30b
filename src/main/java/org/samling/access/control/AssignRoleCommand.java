package org.samling.access.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/**
 * Gives a role on a collection (and all below it) or a dataset to a user ({@code @name}), a
 * group ({@code &alias}) or everyone signed in ({@code :authenticated-users}).
 */
@RequiresPermission(Permission.MANAGE_PERMISSIONS)
public record AssignRoleCommand(RequestContext context, ObjectRef on, String assignee, String role)
        implements Command<Long> {

    @Override
    public ObjectRef target() {
        return on;
    }

    @Override
    public String auditDetails() {
        return "assignee=" + assignee + " role=" + role;
    }
}
