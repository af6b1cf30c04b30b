package org.samling.file.control;

import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Re-reads every file of a dataset and compares it with its checksum (administrators). */
@RequiresPermission(Permission.ADMINISTER)
public record ValidateFilesCommand(RequestContext context, ObjectRef root, long datasetId)
        implements Command<List<FixityCheck.Outcome>> {

    @Override
    public ObjectRef target() {
        return root;
    }

    @Override
    public String auditDetails() {
        return "dataset=" + datasetId;
    }
}
