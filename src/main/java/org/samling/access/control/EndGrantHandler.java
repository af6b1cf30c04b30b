package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class EndGrantHandler implements CommandHandler<EndGrantCommand, Void> {

    @Inject
    GrantNotices notices;

    @Override
    public Void handle(EndGrantCommand command) {
        notices.ended(command.context(), command.grant());
        return null;
    }
}
