package org.samling.dataset.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Makes a license the default, offers or withdraws it, moves it in the list, or deletes an unused one. */
@RequiresPermission(Permission.ADMINISTER)
public record ChangeLicenseCommand(RequestContext context, ObjectRef root, long licenseId, Change change, int value)
        implements Command<Void> {

    public enum Change { MAKE_DEFAULT, ACTIVATE, DEACTIVATE, SORT_ORDER, DELETE }

    @Override
    public ObjectRef target() {
        return root;
    }

    @Override
    public String auditDetails() {
        return "license=" + licenseId + " " + change + (change == Change.SORT_ORDER ? "=" + value : "");
    }
}
