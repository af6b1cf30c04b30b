package org.samling.pid;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Sends one waiting PID registration now instead of at its next retry (administrators, as for mail). */
@RequiresPermission(Permission.ADMINISTER)
public record RetryPidRegistrationCommand(RequestContext context, ObjectRef root, long registrationId)
        implements Command<Void> {

    @Override
    public ObjectRef target() {
        return root;
    }

    @Override
    public String auditDetails() {
        return "registration=" + registrationId;
    }
}
