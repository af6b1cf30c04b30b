package org.samling.file.control;

import java.io.InputStream;
import java.util.UUID;
import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Appends a piece, starting at {@code offset}, to the caller's own upload. */
@RequiresPermission(Permission.EDIT_DATASET)
public record ReceiveUploadPieceCommand(RequestContext context, Dataset dataset, UUID upload, long offset,
                                        long length, InputStream piece) implements Command<UploadSessions.Session> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "upload=" + upload + " bytes=" + offset + "+" + length;
    }
}
