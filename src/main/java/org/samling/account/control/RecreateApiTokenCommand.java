package org.samling.account.control;

import java.time.Instant;
import org.samling.authz.OpenCommand;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/** Replaces the API token the caller presented with a new one, as Dataverse's {@code users/token/recreate}. */
@OpenCommand("It changes only the caller's own token, which the caller presented")
public record RecreateApiTokenCommand(RequestContext context, String presented)
        implements Command<RecreateApiTokenCommand.Issued> {

    public record Issued(String token, Instant expires) {
    }

    @Override
    public ObjectRef target() {
        return null;
    }
}
