package org.samling.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.platform.persistence.Sql;

/** The collections below one, each with the number of published datasets in its whole subtree, from the index. */
@ApplicationScoped
public class CollectionCounts {

    public record Entry(String alias, String name, String description, long datasets) {
    }

    @Inject
    Sql sql;

    public List<Entry> below(long parentId) {
        return sql.list("""
                select c.alias, c.name, c.description,
                       (select count(*) from search_doc s where s.kind = 'dataset' and s.released
                           and starts_with(s.collection_path, c.path)) datasets
                  from collection c where c.parent_id = ? order by c.name limit 100""",
                row -> new Entry(row.getString("alias"), row.getString("name"), row.getString("description"),
                        row.getLong("datasets")), parentId);
    }
}
