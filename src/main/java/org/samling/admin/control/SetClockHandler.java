package org.samling.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.time.ServerClock;

@ApplicationScoped
public class SetClockHandler implements CommandHandler<SetClockCommand, Void> {

    @Inject
    ServerClock clock;

    @Override
    public Void handle(SetClockCommand command) {
        clock.setOffset(command.offset());
        return null;
    }
}
