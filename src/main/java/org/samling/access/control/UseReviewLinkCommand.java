package org.samling.access.control;

import org.samling.authz.OpenCommand;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** A reviewer came in through a review link; the dataset's access history shows it. */
@OpenCommand("The link's token is the credential; the filter found the link in force before")
public record UseReviewLinkCommand(RequestContext context, long linkId, long datasetId) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(datasetId);
    }

    @Override
    public String auditAction() {
        return "ReviewLinkUsed";
    }

    @Override
    public String auditDetails() {
        return "link=" + linkId;
    }
}
