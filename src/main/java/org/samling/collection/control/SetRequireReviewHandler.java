package org.samling.collection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class SetRequireReviewHandler implements CommandHandler<SetRequireReviewCommand, Collection> {

    @PersistenceContext
    EntityManager em;

    @Override
    public Collection handle(SetRequireReviewCommand command) {
        Collection collection = em.find(Collection.class, command.collection().getId());
        collection.setRequireReview(command.requireReview());
        return collection;
    }
}
