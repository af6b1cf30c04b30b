package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.file.control.BytesToDelete;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/**
 * Marks the files destroyed and deletes their extracted text in the command's transaction; the
 * bytes go once it has committed ({@link BytesToDelete}), and the sweeper removes any left behind.
 */
@ApplicationScoped
public class DestroyFilesHandler implements CommandHandler<DestroyFilesCommand, DestroyFilesCommand.Destroyed> {

    @Inject
    Sql sql;

    @Inject
    Datasets datasets;

    @Inject
    Event<BytesToDelete> bytesToDelete;

    @Override
    public DestroyFilesCommand.Destroyed handle(DestroyFilesCommand command) {
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty()) {
            throw SamlingException.badRequest("error.destructionReasonRequired");
        }
        Dataset dataset = datasets.lock(command.dataset());
        String title = datasets.draft(dataset).or(() -> datasets.released(dataset)).or(() ->
                datasets.newestDeaccessioned(dataset)).map(DatasetVersion::getTitle).orElse("");
        if (command.confirmation() == null || !command.confirmation().strip().equals(title.strip())) {
            throw SamlingException.badRequest("error.destructionNotConfirmed");
        }
        if (dataset.getFilesDestroyedAt() != null) {
            throw SamlingException.conflict("error.filesAlreadyDestroyed");
        }
        record File(String key, long size) {
        }
        List<File> files = sql.list("select storage_key, size_bytes from datafile where dataset_id = ? and destroyed_at is null",
                row -> new File(row.getString(1), row.getLong(2)), dataset.getId());
        var at = java.sql.Timestamp.from(command.context().time());
        sql.update("update datafile set destroyed_at = ? where dataset_id = ? and destroyed_at is null", at, dataset.getId());
        sql.update("delete from file_text where datafile_id in (select id from datafile where dataset_id = ?)", dataset.getId());
        dataset.filesDestroyed(reason, command.context().time());
        List<String> keys = files.stream().map(File::key).toList();
        bytesToDelete.fire(new BytesToDelete(keys));
        return new DestroyFilesCommand.Destroyed(files.size(), files.stream().mapToLong(File::size).sum(), keys);
    }
}
