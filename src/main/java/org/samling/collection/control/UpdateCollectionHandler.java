package org.samling.collection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class UpdateCollectionHandler implements CommandHandler<UpdateCollectionCommand, Collection> {

    @PersistenceContext
    EntityManager em;

    @Override
    public Collection handle(UpdateCollectionCommand command) {
        Collection collection = em.find(Collection.class, command.collection().getId());
        if (command.alias() != null && !command.alias().equals(collection.getAlias())) {
            throw SamlingException.badRequest("error.aliasFixed", collection.getAlias());
        }
        if (command.name() == null || command.name().isBlank()) {
            throw SamlingException.badRequest("error.collectionNameRequired");
        }
        collection.describe(command.name().trim(), command.description(), command.affiliation());
        return collection;
    }
}
