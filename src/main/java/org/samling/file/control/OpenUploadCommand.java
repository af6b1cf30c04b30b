package org.samling.file.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Opens a resumable upload of one file into the dataset's draft. */
@RequiresPermission(Permission.EDIT_DATASET)
public record OpenUploadCommand(RequestContext context, Dataset dataset, String fileName, String directoryLabel,
                                long size) implements Command<UploadSessions.Session> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "name=" + fileName + " size=" + size;
    }
}
