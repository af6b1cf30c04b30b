package org.samling.curation.control;

import org.samling.authz.Permission;
import org.samling.authz.RequiresPermission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * A depositor hands the draft to the curators: it is locked for editing (InReview) until they
 * publish it or return it. A resubmission after a return carries the depositor's answer.
 */
@RequiresPermission(Permission.EDIT_DATASET)
public record SubmitForReviewCommand(RequestContext context, Dataset dataset, String message) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }
}
