package org.samling.dataset.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Makes a template the collection's default, stops any being the default, or deletes one. */
@RequiresPermission(Permission.EDIT_COLLECTION)
public record ChangeTemplateCommand(RequestContext context, Collection collection, Long templateId, Change change)
        implements Command<Void> {

    public enum Change { MAKE_DEFAULT, NO_DEFAULT, DELETE }

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collection.getId());
    }

    @Override
    public String auditDetails() {
        return change + (templateId == null ? "" : " template=" + templateId);
    }
}
