package org.samling.access.control;

import org.samling.platform.context.ObjectRef;
import org.samling.account.entity.AppUser;
import org.samling.platform.command.Command;
import org.samling.authz.OpenCommand;
import org.samling.platform.context.RequestContext;

/**
 * A guest follows the link in an e-mail: to confirm the address (and so send the request to
 * the curators), or to sign in again. Returns the guest account to sign the browser in as.
 */
@OpenCommand("the token from the e-mail is the permission")
public record ConfirmGuestCommand(RequestContext context, String token) implements Command<AppUser> {

    @Override
    public ObjectRef target() {
        return null;
    }
}
