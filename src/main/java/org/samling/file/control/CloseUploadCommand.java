package org.samling.file.control;

import java.util.UUID;
import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Ends the caller's own upload: after it was added to the draft, or to cancel it (what arrived is removed). */
@RequiresPermission(Permission.EDIT_DATASET)
public record CloseUploadCommand(RequestContext context, Dataset dataset, UUID upload) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "upload=" + upload;
    }
}
