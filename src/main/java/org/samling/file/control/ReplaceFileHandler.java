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
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class ReplaceFileHandler implements CommandHandler<ReplaceFileCommand, AddedFile> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Datasets datasets;

    @Inject
    Drafts drafts;

    @Inject
    DraftFiles files;

    @Inject
    StoredBytes storedBytes;

    @Inject
    ContentAnalysis analysis;

    @Inject
    Event<FileAdded> added;

    @Inject
    Event<BytesToDelete> bytesToDelete;

    @Override
    public AddedFile handle(ReplaceFileCommand command) {
        Dataset dataset = datasets.lock(command.dataset());
        DatasetVersion draft = drafts.ensureDraft(dataset, command.context());
        FileMetadata entry = files.entries(draft, List.of(command.replacedFileId())).get(0);
        DataFile old = em.find(DataFile.class, command.replacedFileId());
        StagedFile staged = command.staged();
        if (staged.sha256().equals(old.getSha256())) {
            throw SamlingException.badRequest("error.sameFile");
        }
        String key = StorageKeys.next();
        String name = command.description().fileName() == null ? entry.getLabel()
                : FileNames.label(command.description().fileName());
        DataFile replacement = new DataFile(dataset.getId(), key, analysis.detect(staged.path(), name), staged.size(),
                staged.sha256(), staged.md5(), command.context().userId());
        replacement.replaces(old);
        em.persist(replacement);
        em.flush();
        entry.replaceFile(replacement.getId());
        if (!name.equals(entry.getLabel()) && files.nameTaken(draft, entry.getDirectoryLabel(), name, old.getId())) {
            throw SamlingException.conflict("error.fileNameTaken", name);
        }
        entry.describe(command.description().details().withoutPlacement()
                .withLabel(name.equals(entry.getLabel()) ? null : name));
        em.flush();
        List<String> orphaned = new ArrayList<>();
        if (!files.publishedElsewhere(old.getId(), draft)) {
            orphaned.add(old.getStorageKey());
            em.remove(old);
        }
        storedBytes.storeUntilRollback(staged, key);
        added.fire(new FileAdded(replacement.getId()));
        bytesToDelete.fire(new BytesToDelete(orphaned));
        dataset.touch(command.context().time());
        return new AddedFile(replacement, entry);
    }
}
