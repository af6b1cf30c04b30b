package org.samling.collection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.samling.collection.entity.Collection;
import org.samling.file.entity.FileCategory;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class SetFileCategoriesHandler implements CommandHandler<SetFileCategoriesCommand, Collection> {

    @PersistenceContext
    EntityManager em;

    @Override
    public Collection handle(SetFileCategoriesCommand command) {
        Collection collection = em.find(Collection.class, command.collection().getId());
        collection.setFileCategories(normalised(command.names()));
        return collection;
    }

    /** Trimmed, without blanks, standard names or repeats (ignoring case); refuses names that cannot be shown. */
    static List<String> normalised(List<String> names) {
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        seen.addAll(FileCategory.STANDARD);
        List<String> kept = new ArrayList<>();
        for (String raw : names) {
            String name = raw == null ? "" : raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > SetFileCategoriesCommand.MAX_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
                throw SamlingException.badRequest("error.badFileCategory", name, SetFileCategoriesCommand.MAX_LENGTH);
            }
            if (seen.add(name)) {
                kept.add(name);
            }
        }
        if (kept.size() > SetFileCategoriesCommand.MAX_NAMES) {
            throw SamlingException.badRequest("error.tooManyFileCategories", SetFileCategoriesCommand.MAX_NAMES);
        }
        return kept;
    }
}
