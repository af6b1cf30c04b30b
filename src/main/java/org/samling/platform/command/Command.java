package org.samling.platform.command;

import org.samling.access.entity.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * A request to change something: its inputs and who asks. The class is annotated with the
 * permission it needs ({@link RequiresPermission}) or with {@link OpenCommand}.
 *
 * @param <R> what running it returns
 */
public interface Command<R> {

    RequestContext context();

    /** The collection or dataset the required permission is checked on; null for open commands. */
    ObjectRef target();

    /** What the audit record says beside actor, action and target; keep it free of secrets. */
    default String auditDetails() {
        return null;
    }
}
