package org.samling.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class MarkNotificationsReadHandler implements CommandHandler<MarkNotificationsReadCommand, Integer> {

    @Inject
    Sql sql;

    @Override
    public Integer handle(MarkNotificationsReadCommand command) {
        if (command.context().userId() == null) {
            throw SamlingException.forbidden("error.signInRequired");
        }
        return sql.update("update notification set read_at = ? where user_id = ? and read_at is null",
                command.context().time(), command.context().userId());
    }
}
