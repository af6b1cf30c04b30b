package org.samling.file.control;

import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/**
 * Takes files out of the dataset's draft. Files no published version holds are deleted
 * with their bytes; files of published versions stay there, as published.
 */
@RequiresPermission(Permission.EDIT_DATASET)
public record DeleteFilesCommand(RequestContext context, Dataset dataset, List<Long> dataFileIds)
        implements Command<Integer> {

    public DeleteFilesCommand {
        dataFileIds = List.copyOf(dataFileIds);
    }

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "files=" + dataFileIds;
    }
}
