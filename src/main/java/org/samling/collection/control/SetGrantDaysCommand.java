package org.samling.collection.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Sets how long grants in the collection last when a curator names no end. */
@RequiresPermission(Permission.MANAGE_ACCESS)
public record SetGrantDaysCommand(RequestContext context, Collection collection, int days) implements Command<Collection> {

    public static final int MIN = 1;
    public static final int MAX = 3650;

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collection.getId());
    }

    @Override
    public String auditDetails() {
        return "grantDays=" + days;
    }
}
