package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.Drafts;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.file.entity.DataFile;
import org.samling.file.entity.FileMetadata;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class DeleteFilesHandler implements CommandHandler<DeleteFilesCommand, Integer> {

    private static final Logger LOG = Logger.getLogger(DeleteFilesHandler.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Datasets datasets;

    @Inject
    Drafts drafts;

    @Inject
    DraftFiles files;

    @Inject
    FileStore store;

    @Inject
    Event<BytesToDelete> bytesToDelete;

    @Override
    public Integer handle(DeleteFilesCommand command) {
        if (command.dataFileIds().isEmpty()) {
            throw SamlingException.badRequest("error.noFilesSelected");
        }
        Dataset dataset = datasets.lock(command.dataset());
        DatasetVersion draft = drafts.ensureDraft(dataset, command.context());
        List<String> orphaned = new ArrayList<>();
        for (FileMetadata entry : files.entries(draft, command.dataFileIds())) {
            em.remove(entry);
            em.flush();
            if (!files.publishedElsewhere(entry.getDataFileId(), draft)) {
                DataFile dataFile = em.find(DataFile.class, entry.getDataFileId());
                orphaned.add(dataFile.getStorageKey());
                em.remove(dataFile);
            }
        }
        dataset.touch(command.context().time());
        bytesToDelete.fire(new BytesToDelete(orphaned));
        return command.dataFileIds().size();
    }

    void deleteAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) BytesToDelete deleted) {
        for (String key : deleted.storageKeys()) {
            try {
                store.delete(key);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not delete " + key + "; the sweeper will", e);
            }
        }
    }
}
