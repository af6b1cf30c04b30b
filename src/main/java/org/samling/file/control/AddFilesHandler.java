package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.Drafts;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.authz.FileAccess;
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
        command.files().forEach(file -> file.description().details().requireEmbargoAfter(command.context().today()));
        // checked on the version the draft is (or would be copied from): a refused add copies nothing
        checkLimits(datasets.draft(dataset).or(() -> datasets.released(dataset)).orElseThrow(), command.files());
        DatasetVersion draft = drafts.ensureDraft(dataset, command.context());
        Set<String> taken = takenPaths(draft, command.files());
        List<AddedFile> result = new ArrayList<>();
        for (NewFile file : command.files()) {
            result.add(add(command, dataset, draft, file, taken));
        }
        dataset.touch(command.context().time());
        return result;
    }

    private AddedFile add(AddFilesCommand command, Dataset dataset, DatasetVersion draft, NewFile file,
                          Set<String> taken) {
        FileDescription described = file.description();
        String directory = FileNames.directory(described.details().directoryLabel());
        String label = freeLabel(draft, directory, FileNames.label(described.fileName()), taken);
        taken.add(directory + "/" + label);
        StagedFile staged = file.staged();
        String key = StorageKeys.next();
        DataFile dataFile = new DataFile(dataset.getId(), key, analysis.detect(staged.path(), label), staged.size(),
                staged.sha256(), staged.md5(), command.context().userId());
        em.persist(dataFile);
        em.flush();
        FileMetadata metadata = new FileMetadata(dataFile.getId(), draft.getId(), label, directory, null, null, FileAccess.PUBLIC);
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

    private void checkLimits(DatasetVersion current, List<NewFile> files) {
        long[] usage = sql.one("select count(*), coalesce(sum(f.size_bytes), 0) from file_metadata fm "
                        + "join datafile f on f.id = fm.datafile_id where fm.dataset_version_id = ?",
                row -> new long[] {row.getLong(1), row.getLong(2)}, current.getId()).orElseThrow();
        if (usage[0] + files.size() > config.datasetMaxFiles()) {
            throw SamlingException.tooLarge("error.tooManyFiles", config.datasetMaxFiles());
        }
        long adding = files.stream().mapToLong(f -> f.staged().size()).sum();
        if (usage[1] + adding > config.datasetQuota()) {
            throw SamlingException.tooLarge("error.quotaExceeded", Sizes.human(config.datasetQuota()),
                    Sizes.human(Math.max(0, config.datasetQuota() - usage[1])));
        }
    }

    /** The names the new files would take that the draft already holds, found in one query. */
    private Set<String> takenPaths(DatasetVersion draft, List<NewFile> files) {
        List<String> labels = files.stream().map(f -> FileNames.label(f.description().fileName())).distinct().toList();
        return new HashSet<>(sql.list("select directory_label || '/' || label from file_metadata "
                + "where dataset_version_id = ? and label = any(?)", row -> row.getString(1), draft.getId(),
                Sql.texts(labels)));
    }

    /** The name itself if it is free, else "name (1).ext", "name (2).ext" ... (numbered names are asked one by one). */
    private String freeLabel(DatasetVersion draft, String directory, String label, Set<String> taken) {
        String candidate = label;
        for (int n = 1; taken.contains(directory + "/" + candidate) || n > 1 && taken(draft, directory, candidate); n++) {
            candidate = FileNames.numbered(label, n);
        }
        return candidate;
    }

    private boolean taken(DatasetVersion draft, String directory, String label) {
        return sql.count("select count(*) from file_metadata where dataset_version_id = ? "
                + "and directory_label = ? and label = ?", draft.getId(), directory, label) > 0;
    }
}
