package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.License;
import org.samling.metadata.control.InternalFieldsChanged;
import org.samling.platform.persistence.Sql;

/**
 * When a collection changes which fields are internal, the words search finds in its datasets
 * (and those of the collections below it) are made again in the same transaction: a field that
 * became internal can no longer be found by anyone.
 */
@ApplicationScoped
public class SearchWordsRefresh {

    @Inject
    Sql sql;

    @Inject
    MetadataRules rules;

    void onChanged(@Observes InternalFieldsChanged changed) {
        record Version(long id, long collectionId, String metadata) {
        }
        var versions = sql.list("""
                select v.id, d.collection_id, v.metadata from dataset_version v join dataset d on d.id = v.dataset_id
                  join collection c on c.id = d.collection_id
                 where starts_with(c.path, (select path from collection where id = ?))
                """, row -> new Version(row.getLong(1), row.getLong(2), row.getString(3)), changed.collectionId());
        for (Version version : versions) {
            DatasetMetadata metadata = DatasetMetadata.fromStored(version.metadata(), License.CUSTOM);
            sql.update("update dataset_version set search_text = ? where id = ?",
                    rules.searchWords(version.collectionId(), metadata), version.id());
        }
    }
}
