package org.samling.account.control;

import org.samling.authz.OpenCommand;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Makes the API token the caller presented stop working, as Dataverse's {@code DELETE users/token}. */
@OpenCommand("It changes only the caller's own token, which the caller presented")
public record DeleteApiTokenCommand(RequestContext context, String presented) implements Command<Void> {

    @Override
    public ObjectRef target() {
        return null;
    }
}
