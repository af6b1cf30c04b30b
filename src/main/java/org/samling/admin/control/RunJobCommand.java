package org.samling.admin.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * An administrator runs a scheduled job now instead of at its hour: "grant-notices", "sweep" or
 * "fixity". The job's own changes are commands of their own, checked and recorded one by one.
 */
@RequiresPermission(Permission.ADMINISTER)
public record RunJobCommand(RequestContext context, ObjectRef root, String job) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return root;
    }

    @Override
    public String auditDetails() {
        return "job=" + job;
    }
}
