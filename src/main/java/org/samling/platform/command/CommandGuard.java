package org.samling.platform.command;

import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * Decides whether a command may run. The engine asks it before every command; the
 * authorization core implements it, so the engine itself knows no permission.
 */
public interface CommandGuard {

    /** Throws the failure the caller should see (403, or 404 for a target they may not know) if they may not. */
    void authorize(Command<?> command);

    /** Whether the caller could issue this kind of command on the target: what views use to decide what to show. */
    boolean mayIssue(Class<? extends Command<?>> commandType, RequestContext context, ObjectRef target);
}
