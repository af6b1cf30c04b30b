package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.samling.authz.RoleAssignments;
import org.samling.platform.context.ObjectRef;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.dataset.entity.GlobalId;
import org.samling.platform.command.CommandHandler;

@ApplicationScoped
public class CreateDatasetHandler implements CommandHandler<CreateDatasetCommand, CreatedDataset> {

    @PersistenceContext
    EntityManager em;

    @Inject
    PidMinter pids;

    @Inject
    jakarta.enterprise.event.Event<DatasetCreated> created;

    @Inject
    Datasets datasets;

    @Inject
    RoleAssignments roles;

    @Inject
    MetadataRules rules;

    @Override
    public CreatedDataset handle(CreateDatasetCommand command) {
        long collectionId = command.collection().getId();
        rules.validate(collectionId, command.metadata());
        DatasetMetadata metadata = command.metadata();
        if (metadata.citation().dateOfDeposit() == null) {
            metadata = metadata.withCitation(metadata.citation()
                    .withDateOfDeposit(command.context().today().toString()));
        }
        Dataset dataset = new Dataset(command.collection().getId(), uniqueId(collectionId), command.context().userId(),
                command.context().time());
        em.persist(dataset);
        em.flush();
        DatasetVersion draft = DatasetVersion.draft(dataset.getId(), metadata, rules.searchWords(collectionId, metadata),
                command.context().time());
        em.persist(draft);
        if (!command.context().isGuest()) {
            roles.assign("@" + command.context().username(), command.collection().depositorRole(),
                    ObjectRef.dataset(dataset.getId()));
        }
        em.flush();
        created.fire(new DatasetCreated(dataset.getId(), collectionId, command.context()));
        return new CreatedDataset(dataset, draft);
    }

    private GlobalId uniqueId(long collectionId) {
        GlobalId id = pids.mint(collectionId);
        while (datasets.exists(id)) {
            id = pids.mint(collectionId);
        }
        return id;
    }
}
