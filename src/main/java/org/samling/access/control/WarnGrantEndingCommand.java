package org.samling.access.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Warns the holder that a grant ends soon (once per grant). Run by the schedule. */
@RequiresPermission(Permission.ADMINISTER)
public record WarnGrantEndingCommand(RequestContext context, GrantNotices.Due grant) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(grant.datasetId());
    }

    @Override
    public String auditDetails() {
        return "grant=" + grant.grantId() + " user=" + grant.userId() + " ends=" + grant.expires();
    }
}
