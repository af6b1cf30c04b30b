package org.samling.access.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Creates a group in a collection, or replaces the contents of one it defined. */
@RequiresPermission(Permission.MANAGE_PERMISSIONS)
public record SaveGroupCommand(RequestContext context, Collection collection, GroupSpec group) implements Command<Long> {

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collection.getId());
    }

    @Override
    public String auditDetails() {
        return "group=" + group.alias() + " kind=" + group.kind() + " members=" + group.members() + " ranges="
                + group.ipRanges() + " domains=" + group.domains();
    }
}
