package org.samling.curation.control;

import java.time.LocalDate;
import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Keeps a dataset's personal data longer than its retention date said, with the reason why. */
@RequiresPermission(Permission.PUBLISH_DATASET)
public record ExtendRetentionCommand(RequestContext context, Dataset dataset, LocalDate until, String reason)
        implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "until=" + until + " reason=" + reason;
    }
}
