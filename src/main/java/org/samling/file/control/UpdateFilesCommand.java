package org.samling.file.control;

import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.file.entity.FileChanges;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Changes the metadata of one or many files of the dataset's draft in one go (category, access ...). */
@RequiresPermission(Permission.EDIT_DATASET)
public record UpdateFilesCommand(RequestContext context, Dataset dataset, List<Long> dataFileIds,
                                 FileChanges changes) implements Command<Integer> {

    public UpdateFilesCommand {
        dataFileIds = List.copyOf(dataFileIds);
    }

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "files=" + dataFileIds + " changes=" + changes;
    }
}
