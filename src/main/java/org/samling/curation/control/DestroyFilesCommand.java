package org.samling.curation.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * Destroys every file of a dataset at the end of its retention: the bytes leave the store and the
 * extracted text is deleted; the metadata, the citation and the audit stay, with a notice.
 *
 * @param confirmation the dataset's title as the curator typed it, to be sure they mean this one
 */
@RequiresPermission(Permission.PUBLISH_DATASET)
public record DestroyFilesCommand(RequestContext context, Dataset dataset, String confirmation, String reason)
        implements Command<DestroyFilesCommand.Destroyed> {

    public record Destroyed(int files, long bytes, java.util.List<String> storageKeys) {
    }

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "reason=" + reason;
    }
}
