package org.samling.dataset.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.collection.entity.Collection;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Creates a dataset with a draft version in a collection. */
@RequiresPermission(Permission.ADD_DATASET)
public record CreateDatasetCommand(RequestContext context, Collection collection, DatasetMetadata metadata)
        implements Command<CreatedDataset> {

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collection.getId());
    }

    @Override
    public String auditDetails() {
        return "title=" + metadata.citation().title();
    }
}
