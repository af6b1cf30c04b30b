package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class DeleteDraftHandler implements CommandHandler<DeleteDraftCommand, Integer> {

    @Inject
    Datasets datasets;

    @Inject
    Sql sql;

    @Inject
    Event<BytesToDelete> bytesToDelete;

    @Override
    public Integer handle(DeleteDraftCommand command) {
        Dataset dataset = datasets.lock(command.dataset());
        DatasetVersion draft = datasets.draft(dataset)
                .orElseThrow(() -> SamlingException.notFound("error.noDraft", dataset.getGlobalId().asString()));
        if (datasets.released(dataset).isEmpty() && datasets.newestDeaccessioned(dataset).isEmpty()) {
            throw SamlingException.conflict("error.draftIsTheDataset");
        }
        List<String> orphaned = sql.list("""
                select f.storage_key from file_metadata fm join datafile f on f.id = fm.datafile_id
                where fm.dataset_version_id = ?
                  and not exists (select 1 from file_metadata o where o.datafile_id = fm.datafile_id
                                  and o.dataset_version_id <> fm.dataset_version_id)""",
                row -> row.getString(1), draft.getId());
        sql.update("""
                delete from datafile f where f.id in (select fm.datafile_id from file_metadata fm
                  where fm.dataset_version_id = ? and not exists (select 1 from file_metadata o
                  where o.datafile_id = fm.datafile_id and o.dataset_version_id <> fm.dataset_version_id))""", draft.getId());
        sql.update("delete from dataset_version where id = ?", draft.getId());
        dataset.touch(command.context().time());
        bytesToDelete.fire(new BytesToDelete(orphaned));
        return orphaned.size();
    }
}
