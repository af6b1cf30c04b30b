package org.samling.collection.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** An empty collection removed (Dataverse's {@code DELETE /dataverses/{alias}}); the root stays. */
@RequiresPermission(Permission.EDIT_COLLECTION)
public record DeleteCollectionCommand(RequestContext context, Collection collection) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collection.getId());
    }

    @Override
    public String auditDetails() {
        return "alias=" + collection.getAlias();
    }
}
