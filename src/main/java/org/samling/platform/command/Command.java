package org.samling.platform.command;

import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * A request to change something: its inputs and who asks. The class declares what it needs to
 * run in the terms of the engine's {@link CommandGuard} (the authorization core's annotations).
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

    /** The action the audit record names: the command's name without "Command". */
    default String auditAction() {
        return getClass().getSimpleName().replaceFirst("Command$", "");
    }

    /**
     * True for commands whose handler writes audit records of their own (one per file opened,
     * say); the engine then adds none.
     */
    default boolean recordsItself() {
        return false;
    }
}
