package org.samling.access.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Ends review links of the dataset at once: one, or all when {@code linkId} is null. */
@RequiresPermission(Permission.MANAGE_ACCESS)
public record RevokeReviewLinkCommand(RequestContext context, Dataset dataset, Long linkId) implements Command<Integer> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "link=" + (linkId == null ? "all" : linkId);
    }
}
