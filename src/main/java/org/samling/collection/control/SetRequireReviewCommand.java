package org.samling.collection.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * Whether depositors in the collection submit their datasets for review instead of publishing
 * them; collections made inside it later start with the same choice.
 */
@RequiresPermission(Permission.EDIT_COLLECTION)
public record SetRequireReviewCommand(RequestContext context, Collection collection, boolean requireReview)
        implements Command<Collection> {

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collection.getId());
    }

    @Override
    public String auditDetails() {
        return "requireReview=" + requireReview;
    }
}
