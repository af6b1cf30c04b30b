package org.samling.metadata.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * Marks a field internal (curators only) or public in a collection and the collections below it
 * that do not decide otherwise; null returns it to its block's default.
 */
@RequiresPermission(Permission.EDIT_COLLECTION)
public record SetFieldInternalCommand(RequestContext context, long collectionId, String field, Boolean internal)
        implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collectionId);
    }

    @Override
    public String auditDetails() {
        return "field=" + field + " internal=" + internal;
    }
}
