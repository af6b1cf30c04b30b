package org.samling.search.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** An administrator rebuilds the whole search index in the background; search keeps answering meanwhile. */
@RequiresPermission(Permission.ADMINISTER)
public record RebuildIndexCommand(RequestContext context, ObjectRef root) implements Command<IndexState> {

    @Override
    public ObjectRef target() {
        return root;
    }
}
