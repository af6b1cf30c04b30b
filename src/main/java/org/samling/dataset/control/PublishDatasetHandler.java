package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class PublishDatasetHandler implements CommandHandler<PublishDatasetCommand, DatasetVersion> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Datasets datasets;

    @Inject
    Sql sql;

    @Inject
    jakarta.enterprise.event.Event<DatasetPublished> published;

    @Override
    public DatasetVersion handle(PublishDatasetCommand command) {
        Dataset dataset = datasets.lock(command.dataset());
        DatasetVersion draft = datasets.draft(dataset)
                .orElseThrow(() -> SamlingException.conflict("error.nothingToPublish"));
        Optional<DatasetVersion> released = datasets.released(dataset);
        int lastMajor = datasets.lastMajorNumber(dataset);
        if (released.isEmpty() || command.major()) {
            draft.release(lastMajor + 1, 0, command.context().time());
        } else if (sameFiles(draft, released.get())) {
            draft.release(released.get().getVersionNumber(), released.get().getMinorVersionNumber() + 1,
                    command.context().time());
        } else {
            throw SamlingException.badRequest("error.minorNeedsSameFiles");
        }
        em.flush();
        dataset.released(draft);
        published.fire(new DatasetPublished(dataset.getId(), draft.getId(), command.context()));
        return draft;
    }

    private boolean sameFiles(DatasetVersion draft, DatasetVersion released) {
        String files = "select datafile_id from file_metadata where dataset_version_id = ? order by datafile_id";
        List<Long> draftFiles = sql.list(files, row -> row.getLong(1), draft.getId());
        List<Long> releasedFiles = sql.list(files, row -> row.getLong(1), released.getId());
        return draftFiles.equals(releasedFiles);
    }
}
