package org.samling.access.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Deletes a group the collection defined, and the roles given to it. */
@RequiresPermission(Permission.MANAGE_PERMISSIONS)
public record DeleteGroupCommand(RequestContext context, Collection collection, String alias) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collection.getId());
    }

    @Override
    public String auditDetails() {
        return "group=" + alias;
    }
}
