package org.samling.collection.control;

import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Creates a collection inside another. */
@RequiresPermission(Permission.ADD_COLLECTION)
public record CreateCollectionCommand(RequestContext context, Collection parent, String alias, String name,
                                      String description, String affiliation) implements Command<Collection> {

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(parent.getId());
    }

    @Override
    public String auditDetails() {
        return "alias=" + alias;
    }
}
