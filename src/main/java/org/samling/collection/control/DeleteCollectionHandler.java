package org.samling.collection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class DeleteCollectionHandler implements CommandHandler<DeleteCollectionCommand, Void> {

    @PersistenceContext
    EntityManager em;

    @Override
    public Void handle(DeleteCollectionCommand command) {
        Collection collection = em.find(Collection.class, command.collection().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (collection.getParentId() == null) {
            throw SamlingException.forbidden("error.rootCollectionStays");
        }
        long held = (Long) em.createNativeQuery("select (select count(*) from dataset where collection_id = ?1)"
                        + " + (select count(*) from collection where parent_id = ?1)")
                .setParameter(1, collection.getId()).getSingleResult();
        if (held > 0) {
            throw SamlingException.conflict("error.collectionNotEmpty", collection.getAlias());
        }
        em.remove(collection);
        return null;
    }
}
