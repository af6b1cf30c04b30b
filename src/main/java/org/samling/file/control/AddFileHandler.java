package org.samling.file.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.Drafts;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.file.entity.DataFile;
import org.samling.file.entity.FileMetadata;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.persistence.Sql;

/**
 * Moves staged bytes into the store and records the file in the same transaction; if the
 * transaction rolls back, the stored bytes are removed again.
 */
@ApplicationScoped
public class AddFileHandler implements CommandHandler<AddFileCommand, AddedFile> {

    private static final Logger LOG = Logger.getLogger(AddFileHandler.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Drafts drafts;

    @Inject
    Datasets datasets;

    @Inject
    FileStore store;

    @Inject
    Sql sql;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public AddedFile handle(AddFileCommand command) {
        Dataset dataset = datasets.lock(command.dataset());
        DatasetVersion draft = drafts.ensureDraft(dataset);
        FileDescription described = command.description();
        String directory = FileNames.directory(described.directoryLabel());
        String label = freeLabel(draft, directory, FileNames.label(described.fileName()));
        String key = StorageKeys.next();
        StagedFile staged = command.staged();
        DataFile file = new DataFile(dataset.getId(), key, ContentTypes.byName(label), staged.size(),
                staged.sha256(), staged.md5(), command.context().userId());
        em.persist(file);
        em.flush();
        FileMetadata metadata = new FileMetadata(file.getId(), draft.getId(), label, directory,
                blankToNull(described.description()), blankToNull(described.category()), described.restricted());
        em.persist(metadata);
        storeUntilRollback(staged, key);
        dataset.touch();
        return new AddedFile(file, metadata);
    }

    private void storeUntilRollback(StagedFile staged, String key) {
        try {
            store.commit(staged, key);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not move the upload into the file store", e);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        store.delete(key);
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "Could not remove " + key + " after a rollback", e);
                    }
                }
            }
        });
    }

    private String freeLabel(DatasetVersion draft, String directory, String label) {
        String candidate = label;
        for (int n = 1; taken(draft, directory, candidate); n++) {
            candidate = FileNames.numbered(label, n);
        }
        return candidate;
    }

    private boolean taken(DatasetVersion draft, String directory, String label) {
        return sql.count("select count(*) from file_metadata where dataset_version_id = ? "
                + "and directory_label = ? and label = ?", draft.getId(), directory, label) > 0;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
