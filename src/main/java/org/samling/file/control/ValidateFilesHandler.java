package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.dataset.control.Datasets;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class ValidateFilesHandler implements CommandHandler<ValidateFilesCommand, List<FixityCheck.Outcome>> {

    @Inject
    FixityCheck fixity;

    @Inject
    Datasets datasets;

    @Override
    public List<FixityCheck.Outcome> handle(ValidateFilesCommand command) {
        datasets.require(command.datasetId());
        return fixity.checkDataset(command.datasetId(), command.context().time());
    }
}
