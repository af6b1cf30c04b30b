package org.samling.access.control;

import java.time.LocalDate;
import org.samling.platform.context.ObjectRef;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.OpenCommand;
import org.samling.platform.context.RequestContext;

/**
 * The holder of a grant (in force or lapsed) asks for more time: a new request for the same
 * files, pointing at the one it extends, with the new end of the period and why.
 */
@OpenCommand("only the holder of the grant, checked by the handler")
public record RequestExtensionCommand(RequestContext context, Dataset dataset, long grantId, LocalDate until,
                                      String reason) implements Command<Long> {

    /** The dataset, for the audit log (no role is needed). */
    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return "grant=" + grantId + " until=" + until;
    }
}
