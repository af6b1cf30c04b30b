package org.samling.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.mail.MailOutbox;

@ApplicationScoped
public class RetryMailHandler implements CommandHandler<RetryMailCommand, Integer> {

    @Inject
    MailOutbox outbox;

    @Override
    public Integer handle(RetryMailCommand command) {
        return outbox.retryNow();
    }
}
