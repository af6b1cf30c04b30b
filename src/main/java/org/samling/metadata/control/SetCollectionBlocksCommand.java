package org.samling.metadata.control;

import java.util.List;
import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * The blocks a collection's datasets use, from now on its own (not its parent's); an empty list
 * returns it to its parent's. Existing versions keep what they hold.
 */
@RequiresPermission(Permission.EDIT_COLLECTION)
public record SetCollectionBlocksCommand(RequestContext context, long collectionId, List<String> blocks)
        implements Command<Void> {

    public SetCollectionBlocksCommand {
        blocks = List.copyOf(blocks);
    }

    @Override
    public ObjectRef target() {
        return ObjectRef.collection(collectionId);
    }

    @Override
    public String auditDetails() {
        return "blocks=" + String.join(",", blocks);
    }
}
