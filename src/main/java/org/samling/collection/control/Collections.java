package org.samling.collection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.samling.collection.entity.Collection;
import org.samling.platform.error.SamlingException;

/** Reads collections. Collections themselves are public; what they hold is filtered by the readers of datasets. */
@ApplicationScoped
public class Collections {

    @PersistenceContext
    EntityManager em;

    /** By alias, by numeric id, or {@code :root} for the top, as Dataverse addresses collections. */
    public Optional<Collection> byAlias(String alias) {
        if (alias == null) {
            return Optional.empty();
        }
        if (alias.equals(":root")) {
            return em.createQuery("select c from Collection c where c.parentId is null", Collection.class)
                    .getResultStream().findFirst();
        }
        if (alias.matches("[0-9]{1,18}")) {
            Optional<Collection> byId = find(Long.parseLong(alias));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return em.createQuery("select c from Collection c where c.alias = :alias", Collection.class)
                .setParameter("alias", alias)
                .getResultStream()
                .findFirst();
    }

    public Collection require(String alias) {
        return byAlias(alias).orElseThrow(() -> SamlingException.notFound("error.collectionNotFound", alias));
    }

    public Optional<Collection> find(long id) {
        return Optional.ofNullable(em.find(Collection.class, id));
    }

    public List<Collection> children(Collection parent) {
        return em.createQuery("select c from Collection c where c.parentId = :parent order by c.name", Collection.class)
                .setParameter("parent", parent.getId())
                .getResultList();
    }

    /** From the root down to this collection, for breadcrumbs. */
    public List<Collection> lineage(Collection collection) {
        List<Long> ids = java.util.Arrays.stream(collection.getPath().split("/"))
                .filter(part -> !part.isEmpty())
                .map(Long::valueOf)
                .toList();
        List<Collection> found = em.createQuery("select c from Collection c where c.id in :ids", Collection.class)
                .setParameter("ids", ids)
                .getResultList();
        return ids.stream()
                .map(id -> found.stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow())
                .toList();
    }
}
