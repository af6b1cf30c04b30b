package org.samling.file.control;

import org.samling.access.entity.ObjectRef;
import org.samling.access.entity.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.platform.command.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Adds staged bytes as a file of the dataset's draft. */
@RequiresPermission(Permission.EDIT_DATASET)
public record AddFileCommand(RequestContext context, Dataset dataset, StagedFile staged,
                             FileDescription description) implements Command<AddedFile> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "name=" + description.fileName() + " sha256=" + staged.sha256();
    }
}
