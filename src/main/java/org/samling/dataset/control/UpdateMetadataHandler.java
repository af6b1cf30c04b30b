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

    @Inject
    MetadataRules rules;

    @Override
    public DatasetVersion handle(UpdateMetadataCommand command) {
        Dataset dataset = datasets.lock(command.dataset());
        rules.validate(dataset.getCollectionId(), command.metadata());
        DatasetVersion draft = drafts.ensureDraft(dataset, command.context());
        DatasetMetadata metadata = command.metadata();
        String deposited = draft.metadata().citation().dateOfDeposit();
        if (metadata.citation().dateOfDeposit() == null && deposited != null) {
            metadata = metadata.withCitation(metadata.citation().withDateOfDeposit(deposited));
        }
        draft.apply(metadata, rules.searchWords(dataset.getCollectionId(), metadata), command.context().time());
        dataset.touch(command.context().time());
        return draft;
    }
}
