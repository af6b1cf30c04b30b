package org.samling.oai.control;

import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samling.platform.persistence.Sql;

/**
 * One OAI-PMH set per collection, nested by path: {@code area6:vestfold} holds what
 * {@code vestfold} holds and is part of {@code area6}; the root collection's set (its alias)
 * holds everything. Read once per request (a few hundred
 * rows), so a new or renamed collection is harvestable at once.
 */
@ApplicationScoped
public class OaiSets implements SetRepository {

    @Inject
    Sql sql;

    @Inject
    RequestCollections tree;

    static record Node(long id, String alias, String name, Long parentId, String path) {
    }

    /** The collections as this request reads them: a harvest page asks for every record's sets. */
    private Map<Long, Node> nodes() {
        return tree.nodes(() -> {
            Map<Long, Node> nodes = new HashMap<>();
            sql.list("select id, alias, name, parent_id, path from collection", row -> new Node(row.getLong(1),
                    row.getString(2), row.getString(3), (Long) row.getObject(4), row.getString(5)))
                    .forEach(n -> nodes.put(n.id(), n));
            return nodes;
        });
    }

    private static Optional<String> spec(Node node, Map<Long, Node> nodes) {
        if (node.parentId() == null) {
            return Optional.of(node.alias());
        }
        List<String> aliases = new ArrayList<>();
        for (Node at = node; at != null && at.parentId() != null; at = nodes.get(at.parentId())) {
            aliases.add(0, at.alias());
        }
        return Optional.of(String.join(":", aliases));
    }

    @Override
    public boolean supportSets() {
        return true;
    }

    @Override
    public List<Set> getSets() {
        Map<Long, Node> nodes = nodes();
        return nodes.values().stream().sorted(java.util.Comparator.comparing(Node::path))
                .flatMap(n -> spec(n, nodes).map(s -> new Set(s).withName(n.name())).stream()).toList();
    }

    @Override
    public boolean exists(String setSpec) {
        return pathOf(setSpec).isPresent();
    }

    /** The collection path ({@code /1/5/}) a set spec names, when it names one. */
    public Optional<String> pathOf(String setSpec) {
        Map<Long, Node> nodes = nodes();
        return nodes.values().stream().filter(n -> spec(n, nodes).map(setSpec::equals).orElse(false))
                .map(Node::path).findFirst();
    }

    /** The sets a record in this collection is in: its collection's and every ancestor's. */
    public List<Set> of(long collectionId) {
        Map<Long, Node> nodes = nodes();
        List<Set> sets = new ArrayList<>();
        for (Node at = nodes.get(collectionId); at != null; at = at.parentId() == null ? null : nodes.get(at.parentId())) {
            spec(at, nodes).ifPresent(s -> sets.add(0, new Set(s)));
        }
        return sets;
    }
}
