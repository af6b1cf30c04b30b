package org.samling.access.control;

import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Defines a role for a collection and everything below it. */
@RequiresPermission(Permission.MANAGE_PERMISSIONS)
public record CreateRoleCommand(RequestContext context, Collection collection, String alias, String name,
                                List<Permission> permissions) implements Command<Long> {

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collection.getId());
    }

    @Override
    public String auditDetails() {
        return "role=" + alias + " permissions=" + permissions;
    }
}
