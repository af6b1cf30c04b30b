package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class UpdateMetadataHandler implements CommandHandler<UpdateMetadataCommand, DatasetVersion> {

    @PersistenceContext
    EntityManager em;

    @Inject
    Drafts drafts;

    @Inject
    Datasets datasets;

    @Override
    public DatasetVersion handle(UpdateMetadataCommand command) {
        MetadataValidator.validate(command.metadata());
        Dataset dataset = datasets.lock(command.dataset());
        DatasetVersion draft = drafts.ensureDraft(dataset, command.context().time());
        DatasetMetadata metadata = command.metadata();
        String deposited = draft.metadata().citation().dateOfDeposit();
        if (metadata.citation().dateOfDeposit() == null && deposited != null) {
            metadata = metadata.withCitation(metadata.citation().withDateOfDeposit(deposited));
        }
        draft.apply(metadata, command.context().time());
        dataset.touch(command.context().time());
        return draft;
    }
}
