package org.samling.curation.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** A curator gives a submitted draft back to its depositor with a question or what to change. */
@RequiresPermission(Permission.PUBLISH_DATASET)
public record ReturnToAuthorCommand(RequestContext context, Dataset dataset, String reason) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }
}
