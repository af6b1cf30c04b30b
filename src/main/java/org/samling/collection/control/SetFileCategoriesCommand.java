package org.samling.collection.control;

import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Sets the file categories a collection adds to the standard ones, for itself and the collections below it. */
@RequiresPermission(Permission.EDIT_COLLECTION)
public record SetFileCategoriesCommand(RequestContext context, Collection collection, List<String> names)
        implements Command<Collection> {

    public static final int MAX_NAMES = 50;
    public static final int MAX_LENGTH = 64;

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collection.getId());
    }

    @Override
    public String auditDetails() {
        return "fileCategories=" + String.join("|", names);
    }
}
