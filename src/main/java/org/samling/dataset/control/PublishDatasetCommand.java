package org.samling.dataset.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Publishes the dataset's draft as the next major or minor version. */
@RequiresPermission(Permission.PUBLISH_DATASET)
public record PublishDatasetCommand(RequestContext context, Dataset dataset, boolean major)
        implements Command<DatasetVersion> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return major ? "type=major" : "type=minor";
    }
}
