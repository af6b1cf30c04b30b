package org.samling.dataset.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Adds a license to the list depositors choose from (administrators). */
@RequiresPermission(Permission.ADMINISTER)
public record AddLicenseCommand(RequestContext context, ObjectRef root, String name, String uri,
                                String shortDescription, String iconUrl, String rightsIdentifier, boolean active,
                                int sortOrder) implements Command<Long> {

    @Override
    public ObjectRef target() {
        return root;
    }

    @Override
    public String auditDetails() {
        return "name=" + name + " uri=" + uri;
    }
}
