package org.samling.authz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.Command;
import org.samling.platform.command.CommandGuard;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;

/**
 * The engine's guard: a command runs only if its caller holds the permission its class
 * declares ({@link RequiresPermission}) on its target. Commands that need none say why
 * ({@link OpenCommand}) and check for themselves; a command that declares neither is refused.
 */
@ApplicationScoped
public class CommandPermissions implements CommandGuard {

    @Inject
    PermissionEvaluator permissions;

    @Override
    public void authorize(Command<?> command) {
        RequiresPermission required = command.getClass().getAnnotation(RequiresPermission.class);
        if (required != null) {
            if (command.target() == null) {
                throw SamlingException.notFound("error.notFound");
            }
            permissions.require(command.context(), required.value(), command.target());
        } else if (!command.getClass().isAnnotationPresent(OpenCommand.class)) {
            throw new IllegalStateException(command.getClass().getName() + " declares no permission");
        }
    }

    @Override
    public boolean mayIssue(Class<? extends Command<?>> commandType, RequestContext context, ObjectRef target) {
        RequiresPermission required = commandType.getAnnotation(RequiresPermission.class);
        if (required == null) {
            return commandType.isAnnotationPresent(OpenCommand.class);
        }
        return target != null && permissions.has(context, required.value(), target);
    }
}
