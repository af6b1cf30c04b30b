package org.samling.pid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class RetryPidRegistrationHandler implements CommandHandler<RetryPidRegistrationCommand, Void> {

    @Inject
    PidQueue queue;

    @Inject
    Event<PidQueued> queued;

    @Override
    public Void handle(RetryPidRegistrationCommand command) {
        if (!queue.retryNow(command.registrationId())) {
            throw SamlingException.notFound("error.pidRegistrationNotFound", command.registrationId());
        }
        queued.fire(new PidQueued());
        return null;
    }
}
