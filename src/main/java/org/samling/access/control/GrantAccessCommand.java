package org.samling.access.control;

import java.time.Instant;
import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/**
 * Lets one person open restricted files of the dataset until a moment: answering their
 * request (then the files default to those asked for) or directly.
 *
 * @param requestId the request answered, or null
 * @param userId    who receives the grant (taken from the request when there is one)
 */
@RequiresPermission(Permission.MANAGE_ACCESS)
public record GrantAccessCommand(RequestContext context, Dataset dataset, Long requestId, Long userId,
                                 List<Long> fileIds, Instant expires) implements Command<List<Long>> {

    public GrantAccessCommand {
        fileIds = List.copyOf(fileIds);
    }

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "request=" + requestId + " user=" + userId + " files=" + fileIds + " expires=" + expires;
    }
}
