package org.samling.dataset.control;

import jakarta.json.JsonObject;
import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * Saves a template for a collection's create form. Its values must be valid for the
 * collection's blocks, but may leave required fields empty for the depositor.
 */
@RequiresPermission(Permission.EDIT_COLLECTION)
public record CreateTemplateCommand(RequestContext context, Collection collection, String name, JsonObject blocks,
                                    String license, String termsOfAccess, String termsOfUse, JsonObject instructions,
                                    boolean makeDefault) implements Command<Long> {

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collection.getId());
    }

    @Override
    public String auditDetails() {
        return "template=" + name;
    }
}
