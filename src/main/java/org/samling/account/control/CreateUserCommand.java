package org.samling.account.control;

import org.samling.platform.context.ObjectRef;
import org.samling.platform.command.Command;
import org.samling.authz.OpenCommand;
import org.samling.platform.context.RequestContext;

/**
 * Creates a local account and its first API token.
 *
 * @param builtinUsersKey the key presented; must equal the configured one unless an administrator asks
 */
@OpenCommand("gated by the builtin-users key or an administrator, checked by the handler")
public record CreateUserCommand(RequestContext context, NewAccount account, String password,
                                String builtinUsersKey, boolean superuser) implements Command<CreatedUser> {

    @Override
    public ObjectRef target() {
        return null;
    }

    @Override
    public String auditDetails() {
        return "username=" + account.username();
    }
}
