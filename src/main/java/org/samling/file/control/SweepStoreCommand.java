package org.samling.file.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Runs the sweeper now (administrators); the scheduled job does the same every hour. */
@RequiresPermission(Permission.ADMINISTER)
public record SweepStoreCommand(RequestContext context, ObjectRef root, java.time.Duration grace)
        implements Command<StoreSweeper.Result> {

    @Override
    public ObjectRef target() {
        return root;
    }
}
