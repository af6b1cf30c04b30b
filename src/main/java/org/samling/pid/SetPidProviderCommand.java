package org.samling.pid;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * Which PID provider new datasets in a collection (and the collections below it without a choice
 * of their own) get; null to inherit. An installation's decision (a registry account costs
 * money), so only administrators make it: checked on the root.
 */
@RequiresPermission(Permission.ADMINISTER)
public record SetPidProviderCommand(RequestContext context, ObjectRef root, Collection collection, String provider)
        implements Command<String> {

    @Override
    public ObjectRef target() {
        return root;
    }

    @Override
    public String auditDetails() {
        return "collection=" + collection.getAlias() + " pidProvider=" + (provider == null ? "inherit" : provider);
    }
}
