package org.samling.file.control;

import java.util.List;
import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Re-reads the files checked longest ago (or never), a batch at a time; the nightly schedule runs it. */
@RequiresPermission(Permission.ADMINISTER)
public record CheckFixityCommand(RequestContext context, ObjectRef root, int batch)
        implements Command<List<FixityCheck.Outcome>> {

    @Override
    public ObjectRef target() {
        return root;
    }

    @Override
    public String auditDetails() {
        return "batch=" + batch;
    }
}
