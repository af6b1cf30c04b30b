package org.samling.file.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/**
 * Puts new bytes in place of a file in the dataset's draft. The new file remembers the one it
 * replaced (and the first of the chain); the draft's entry keeps its name, folder, category and
 * access unless the uploader says otherwise. Published versions keep the old file.
 */
@RequiresPermission(Permission.EDIT_DATASET)
public record ReplaceFileCommand(RequestContext context, Dataset dataset, long replacedFileId, StagedFile staged,
                                 FileDescription description) implements Command<AddedFile> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "replaced=" + replacedFileId + " name=" + description.fileName() + " sha256=" + staged.sha256();
    }
}
