package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.Drafts;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.authz.FileAccess;
import org.samling.file.entity.FileChanges;
import org.samling.file.entity.FileMetadata;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class UpdateFilesHandler implements CommandHandler<UpdateFilesCommand, Integer> {

    @Inject
    Datasets datasets;

    @Inject
    Drafts drafts;

    @Inject
    DraftFiles files;

    @Override
    public Integer handle(UpdateFilesCommand command) {
        if (command.dataFileIds().isEmpty()) {
            throw SamlingException.badRequest("error.noFilesSelected");
        }
        FileChanges changes = command.changes();
        changes.requireEmbargoAfter(command.context().today());
        boolean renames = changes.label() != null || changes.directoryLabel() != null;
        if (renames && command.dataFileIds().size() > 1) {
            throw SamlingException.badRequest("error.renameOneAtATime");
        }
        Dataset dataset = datasets.lock(command.dataset());
        DatasetVersion draft = drafts.ensureDraft(dataset, command.context());
        if (changes.recordingId() != null && changes.recordingId() > 0) {
            files.requireRecording(draft, changes.recordingId());
        }
        List<FileMetadata> entries = files.entries(draft, command.dataFileIds());
        for (FileMetadata entry : entries) {
            FileChanges placed = changes;
            if (renames) {
                String label = changes.label() == null ? entry.getLabel() : FileNames.label(changes.label());
                String folder = changes.directoryLabel() == null ? entry.getDirectoryLabel()
                        : FileNames.directory(changes.directoryLabel());
                if (files.nameTaken(draft, folder, label, entry.getDataFileId())) {
                    throw SamlingException.conflict("error.fileNameTaken", folder.isEmpty() ? label : folder + "/" + label);
                }
                placed = changes.withPlacement(label, folder);
            }
            entry.describe(placed);
        }
        dataset.touch(command.context().time());
        return entries.size();
    }
}
