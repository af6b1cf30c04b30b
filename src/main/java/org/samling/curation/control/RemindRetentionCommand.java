package org.samling.curation.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Reminds a dataset's curators that its retention date comes. Run by the schedule. */
@RequiresPermission(Permission.ADMINISTER)
public record RemindRetentionCommand(RequestContext context, Retention.Entry entry) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(entry.datasetId());
    }

    @Override
    public String auditDetails() {
        return "until=" + entry.until();
    }
}
