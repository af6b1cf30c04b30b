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
 * Makes a private link to the dataset's draft for peer review, until a date.
 *
 * @param hiddenFields metadata fields hidden besides authors and affiliations (anonymised links)
 * @param fileIds      the files the reviewer may open; null for all of the draft's files
 */
@RequiresPermission(Permission.MANAGE_ACCESS)
public record CreateReviewLinkCommand(RequestContext context, Dataset dataset, boolean anonymised,
                                      List<String> hiddenFields, List<Long> fileIds, Instant expires)
        implements Command<CreateReviewLinkCommand.Created> {

    /** The new link; its token is shown this once. */
    public record Created(long id, String token) {
    }

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "anonymised=" + anonymised + " expires=" + expires + " files=" + (fileIds == null ? "all" : fileIds);
    }
}
