package org.samling.access.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * Tells the holder a grant has run out, and records it in the dataset's history. The grant
 * itself stopped opening anything at its end; this is only the notice. Run by the schedule.
 */
@RequiresPermission(Permission.ADMINISTER)
public record EndGrantCommand(RequestContext context, GrantNotices.Due grant) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(grant.datasetId());
    }

    @Override
    public String auditAction() {
        return "GrantExpired";
    }

    @Override
    public String auditDetails() {
        return "grant=" + grant.grantId() + " user=" + grant.userId() + " file=" + grant.fileId();
    }
}
