package org.samling.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.metadata.control.InternalFieldsChanged;
import org.samling.platform.persistence.Sql;

/**
 * A field made internal (or public again) in a collection changes what every published version
 * below it may say without changing the versions: their kept exports are dropped in the same
 * transaction, and their records are offered to harvesters again.
 */
@ApplicationScoped
public class ExportsForget {

    @Inject
    Sql sql;

    void onInternalFieldsChanged(@Observes InternalFieldsChanged changed) {
        String below = "select d.id from dataset d join collection c on c.id = d.collection_id"
                + " where c.path like (select path from collection where id = ?) || '%'";
        sql.update("delete from version_export where version_id in (select v.id from dataset_version v where v.dataset_id in ("
                + below + "))", changed.collectionId());
        sql.update("update oai_record set modified_at = clock_timestamp() where dataset_id in (" + below + ")",
                changed.collectionId());
    }
}
