package org.samling.account.control;

import org.samling.authz.OpenCommand;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Checks a user name (or e-mail) and password; the audit log records each sign-in that succeeds. */
@OpenCommand("The password is the credential; the handler checks it")
public record SignInCommand(RequestContext context, String usernameOrEmail, String password)
        implements Command<Long> {

    @Override
    public ObjectRef target() {
        return null;
    }

    @Override
    public String auditDetails() {
        return "as " + usernameOrEmail;
    }

    @Override
    public String toString() {
        return "SignInCommand[" + usernameOrEmail + "]";
    }
}
