package org.samling.collection.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** A collection's name, description and affiliation changed (Dataverse's {@code PUT /dataverses/{alias}}); its alias stays. */
@RequiresPermission(Permission.EDIT_COLLECTION)
public record UpdateCollectionCommand(RequestContext context, Collection collection, String alias, String name,
                                      String description, String affiliation) implements Command<Collection> {

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collection.getId());
    }

    @Override
    public String auditDetails() {
        return "name=" + name;
    }
}
