package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.Drafts;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.file.entity.DataFile;
import org.samling.file.entity.FileMetadata;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Sizes;
import org.samling.platform.persistence.Sql;

/**
 * Checks the dataset's limits, detects each file's real type, moves the bytes into the store
 * and records the files, all in the command's transaction.
 */
@ApplicationScoped
public class AddFilesHandler implements CommandHandler<AddFilesCommand, List<AddedFile>> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Drafts drafts;

    @Inject
    Datasets datasets;

    @Inject
    StoredBytes storedBytes;

    @Inject
    ContentAnalysis analysis;

    @Inject
    SamlingConfig config;

    @Inject
    Sql sql;

    @Inject
    Event<FileAdded> added;

    @Override
    public List<AddedFile> handle(AddFilesCommand command) {
        Dataset dataset = datasets.lock(command.dataset());
        DatasetVersion draft = drafts.ensureDraft(dataset);
        checkLimits(draft, command.files());
        List<AddedFile> result = new ArrayList<>();
        for (NewFile file : command.files()) {
            result.add(add(command, dataset, draft, file));
        }
        dataset.touch();
        return result;
    }

    private AddedFile add(AddFilesCommand command, Dataset dataset, DatasetVersion draft, NewFile file) {
        FileDescription described = file.description();
        String directory = FileNames.directory(described.details().directoryLabel());
        String label = freeLabel(draft, directory, FileNames.label(described.fileName()));
        StagedFile staged = file.staged();
        String key = StorageKeys.next();
        DataFile dataFile = new DataFile(dataset.getId(), key, analysis.detect(staged.path(), label), staged.size(),
                staged.sha256(), staged.md5(), command.context().userId());
        em.persist(dataFile);
        em.flush();
        FileMetadata metadata = new FileMetadata(dataFile.getId(), draft.getId(), label, directory, null, null, false);
        metadata.describe(described.details().withoutPlacement());
        em.persist(metadata);
        em.flush();
        storedBytes.storeUntilRollback(staged, key);
        added.fire(new FileAdded(dataFile.getId()));
        // a zip of thousands of files must not make every later flush look at every earlier file
        em.detach(dataFile);
        em.detach(metadata);
        return new AddedFile(dataFile, metadata);
    }

    private void checkLimits(DatasetVersion draft, List<NewFile> files) {
        long[] usage = sql.one("select count(*), coalesce(sum(f.size_bytes), 0) from file_metadata fm "
                        + "join datafile f on f.id = fm.datafile_id where fm.dataset_version_id = ?",
                row -> new long[] {row.getLong(1), row.getLong(2)}, draft.getId()).orElseThrow();
        if (usage[0] + files.size() > config.datasetMaxFiles()) {
            throw SamlingException.tooLarge("error.tooManyFiles", config.datasetMaxFiles());
        }
        long adding = files.stream().mapToLong(f -> f.staged().size()).sum();
        if (usage[1] + adding > config.datasetQuota()) {
            throw SamlingException.tooLarge("error.quotaExceeded", Sizes.human(config.datasetQuota()),
                    Sizes.human(Math.max(0, config.datasetQuota() - usage[1])));
        }
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
}
