package org.samling.dataset.control;

import org.samling.authz.DatasetVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.samling.dataset.control.Anonymiser;
import org.samling.authz.PermissionEvaluator;
import org.samling.authz.ReviewLinks;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.collection.control.Collections;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;

/**
 * Opens a dataset for a caller: the draft for those who may see unpublished versions, the
 * published version for everyone else, and "not found" when neither applies, so the
 * existence of an unpublished dataset stays secret.
 */
@ApplicationScoped
public class DatasetReader {

    @Inject
    Datasets datasets;

    @Inject
    Collections collections;

    @Inject
    PermissionEvaluator permissions;

    @Inject
    ReviewLinks reviewLinks;

    public VisibleDataset open(RequestContext context, String persistentId) {
        Dataset dataset = datasets.requireByGlobalId(persistentId);
        return open(context, dataset, null);
    }

    /** @param version "1.0", ":draft", ":latest-published", or null for the newest the caller may see */
    public VisibleDataset open(RequestContext context, Dataset dataset, String version) {
        Set<Permission> granted = permissions.permissionsOn(context, ObjectRef.dataset(dataset.getId()));
        boolean seesDrafts = DatasetVisibility.seesDraft(granted);
        Optional<DatasetVersion> shown = choose(dataset, version, seesDrafts);
        DatasetVersion chosen = shown.orElseThrow(() -> SamlingException.notFound(
                "error.datasetNotFound", dataset.getGlobalId().asString()));
        var anonymous = reviewLinks.inForce(context)
                .filter(link -> link.datasetId() == dataset.getId() && link.anonymised() && chosen.isDraft());
        DatasetMetadata metadata = anonymous.map(link -> Anonymiser.hide(chosen.metadata(), link.hiddenFields()))
                .orElseGet(chosen::metadata);
        return new VisibleDataset(dataset, chosen, collections.find(dataset.getCollectionId()).orElseThrow(),
                granted, metadata, anonymous.isPresent());
    }

    private Optional<DatasetVersion> choose(Dataset dataset, String version, boolean seesDrafts) {
        if (version == null || version.equals(":latest")) {
            Optional<DatasetVersion> draft = seesDrafts ? datasets.draft(dataset) : Optional.empty();
            return draft.isPresent() ? draft : datasets.released(dataset);
        }
        if (version.equals(":draft")) {
            return seesDrafts ? datasets.draft(dataset) : Optional.empty();
        }
        if (version.equals(":latest-published")) {
            return datasets.released(dataset);
        }
        String[] parts = version.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return datasets.version(dataset, major, minor);
        } catch (NumberFormatException e) {
            throw SamlingException.badRequest("error.badVersion", version);
        }
    }
}
