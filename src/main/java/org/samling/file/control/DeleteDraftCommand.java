package org.samling.file.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * Discards the draft of a published dataset: its metadata, and the files only it held (with their
 * bytes, after commit). The published versions stay as they are. A dataset never published has
 * nothing to fall back to and keeps its draft.
 */
@RequiresPermission(Permission.EDIT_DATASET)
public record DeleteDraftCommand(RequestContext context, Dataset dataset) implements Command<Integer> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "draft discarded";
    }
}
