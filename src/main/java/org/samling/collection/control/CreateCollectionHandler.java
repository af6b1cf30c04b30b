package org.samling.collection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.regex.Pattern;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class CreateCollectionHandler implements CommandHandler<CreateCollectionCommand, Collection> {

    static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

    @PersistenceContext
    EntityManager em;

    @Inject
    Collections collections;

    @Override
    public Collection handle(CreateCollectionCommand command) {
        if (command.alias() == null || !ALIAS.matcher(command.alias()).matches()) {
            throw SamlingException.badRequest("error.badAlias");
        }
        if (command.name() == null || command.name().isBlank()) {
            throw SamlingException.badRequest("error.collectionNameRequired");
        }
        if (collections.byAlias(command.alias()).isPresent()) {
            throw SamlingException.conflict("error.aliasTaken", command.alias());
        }
        Collection collection = new Collection(command.alias(), command.name().trim(), command.description(),
                command.affiliation(), command.parent(), command.context().userId());
        em.persist(collection);
        em.flush();
        collection.placeUnder(command.parent());
        return collection;
    }
}
