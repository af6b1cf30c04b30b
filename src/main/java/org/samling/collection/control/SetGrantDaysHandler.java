package org.samling.collection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class SetGrantDaysHandler implements CommandHandler<SetGrantDaysCommand, Collection> {

    @PersistenceContext
    EntityManager em;

    @Override
    public Collection handle(SetGrantDaysCommand command) {
        if (command.days() < SetGrantDaysCommand.MIN || command.days() > SetGrantDaysCommand.MAX) {
            throw SamlingException.badRequest("error.badGrantDays", SetGrantDaysCommand.MIN, SetGrantDaysCommand.MAX);
        }
        Collection collection = em.find(Collection.class, command.collection().getId());
        collection.setGrantDays(command.days());
        return collection;
    }
}
