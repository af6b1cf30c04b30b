package org.samling.admin.control;

import java.time.Duration;
import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * Moves the server's clock by an offset from the system's time (administrators, and only on a
 * server started for tests with {@code SAMLING_CLOCK_ADJUSTABLE=true}).
 */
@RequiresPermission(Permission.ADMINISTER)
public record SetClockCommand(RequestContext context, ObjectRef root, Duration offset) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return root;
    }

    @Override
    public String auditDetails() {
        return "offset=" + offset;
    }
}
