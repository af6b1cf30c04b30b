package org.samling.dataset.control;

import org.samling.platform.context.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.platform.persistence.Sql;

/** Gives a dataset a draft to change: the existing one, or a copy of the published version. */
@ApplicationScoped
public class Drafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Datasets datasets;

    @Inject
    Sql sql;

    @Inject
    DatasetLocks locks;

    @Transactional(Transactional.TxType.MANDATORY)
    /**
     * The draft to change, made from the published version if there is none. A dataset in review
     * may be changed only by those who may publish it (its curators).
     */
    public DatasetVersion ensureDraft(Dataset dataset, RequestContext context) {
        locks.requireEditable(dataset, context);
        java.time.Instant at = context.time();
        var existing = datasets.draft(dataset);
        if (existing.isPresent()) {
            return existing.get();
        }
        DatasetVersion released = datasets.released(dataset).orElseThrow();
        DatasetVersion draft = DatasetVersion.draft(dataset.getId(), released.metadata(), released.getSearchText(), at);
        em.persist(draft);
        em.flush();
        // one statement however many files: a 10,000-file dataset gets its draft at once
        sql.update("""
                insert into file_metadata (datafile_id, dataset_version_id, label, directory_label, description,
                                           category, access, language, embargo_until, recording_id, terms_of_access)
                select datafile_id, ?, label, directory_label, description, category, access, language,
                       embargo_until, recording_id, terms_of_access
                  from file_metadata where dataset_version_id = ?
                """, draft.getId(), released.getId());
        return draft;
    }
}
