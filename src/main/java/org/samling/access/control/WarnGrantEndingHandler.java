package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class WarnGrantEndingHandler implements CommandHandler<WarnGrantEndingCommand, Void> {

    @Inject
    GrantNotices notices;

    @Override
    public Void handle(WarnGrantEndingCommand command) {
        notices.warn(command.context(), command.grant());
        return null;
    }
}
