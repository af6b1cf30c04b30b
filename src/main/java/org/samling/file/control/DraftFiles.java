package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.file.entity.FileMetadata;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/** The files of a draft, for the handlers that change them. */
@ApplicationScoped
public class DraftFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Sql sql;

    /** The draft's entry for each file, in the order asked; 404 for a file that is not in the draft. */
    public List<FileMetadata> entries(DatasetVersion draft, List<Long> dataFileIds) {
        List<FileMetadata> found = em.createQuery("select fm from FileMetadata fm where fm.datasetVersionId = :v "
                        + "and fm.dataFileId in :ids", FileMetadata.class)
                .setParameter("v", draft.getId())
                .setParameter("ids", dataFileIds)
                .getResultList();
        return dataFileIds.stream()
                .map(id -> found.stream().filter(fm -> fm.getDataFileId().equals(id)).findFirst()
                        .orElseThrow(() -> SamlingException.notFound("error.fileNotFound", id)))
                .toList();
    }

    /** Whether the file appears in any version other than the draft (then its bytes must stay). */
    public boolean publishedElsewhere(long dataFileId, DatasetVersion draft) {
        return sql.count("select count(*) from file_metadata where datafile_id = ? and dataset_version_id <> ?",
                dataFileId, draft.getId()) > 0;
    }

    public boolean nameTaken(DatasetVersion draft, String directory, String label, long exceptFileId) {
        return sql.count("select count(*) from file_metadata where dataset_version_id = ? and directory_label = ? "
                + "and label = ? and datafile_id <> ?", draft.getId(), directory, label, exceptFileId) > 0;
    }

    /** A recording a transcript may point to: an audio or video file of the same draft. */
    public void requireRecording(DatasetVersion draft, long recordingId) {
        boolean isRecording = sql.count("select count(*) from file_metadata fm join datafile f on f.id = fm.datafile_id "
                + "where fm.dataset_version_id = ? and f.id = ? and (f.content_type like 'audio/%' "
                + "or f.content_type like 'video/%')", draft.getId(), recordingId) > 0;
        if (!isRecording) {
            throw SamlingException.badRequest("error.notARecording", recordingId);
        }
    }
}
