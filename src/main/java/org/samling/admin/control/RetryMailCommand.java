package org.samling.admin.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Sends every message still in the outbox now, instead of at its next retry (administrators). */
@RequiresPermission(Permission.ADMINISTER)
public record RetryMailCommand(RequestContext context, ObjectRef root) implements Command<Integer> {

    @Override
    public ObjectRef target() {
        return root;
    }
}
