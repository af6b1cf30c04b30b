package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class RemindRetentionHandler implements CommandHandler<RemindRetentionCommand, Void> {

    @Inject
    RetentionReminders reminders;

    @Override
    public Void handle(RemindRetentionCommand command) {
        reminders.remind(command.context(), command.entry());
        return null;
    }
}
