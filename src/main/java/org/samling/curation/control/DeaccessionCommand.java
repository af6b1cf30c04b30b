package org.samling.curation.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * Withdraws a published version: its landing page becomes a tombstone with the reason (and where
 * the data went), its files open to curators only, search and feeds drop it, the PID still resolves.
 *
 * @param version "1.0", "2" or ":latest-published"
 */
@RequiresPermission(Permission.PUBLISH_DATASET)
public record DeaccessionCommand(RequestContext context, Dataset dataset, String version, String reason,
                                 String forwardUrl) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "version=" + version + " reason=" + reason;
    }
}
