package org.samling.dataset.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Replaces the metadata of the dataset's draft, creating the draft if the dataset has none. */
@RequiresPermission(Permission.EDIT_DATASET)
public record UpdateMetadataCommand(RequestContext context, Dataset dataset, DatasetMetadata metadata)
        implements Command<org.samling.dataset.entity.DatasetVersion> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }
}
