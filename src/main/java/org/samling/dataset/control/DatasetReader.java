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

    @Inject
    MetadataRules rules;

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
        DatasetMetadata stored = DatasetVisibility.seesInternalFields(granted) ? chosen.metadata()
                : rules.withoutInternal(dataset.getCollectionId(), chosen.metadata());
        DatasetMetadata metadata = anonymous.map(link -> Anonymiser.hide(stored, link.hiddenFields())).orElse(stored);
        return new VisibleDataset(dataset, chosen, collections.find(dataset.getCollectionId()).orElseThrow(),
                granted, metadata, anonymous.isPresent());
    }

    public record VersionPage(java.util.List<VisibleDataset> versions, long total) {
    }

    /**
     * The dataset's versions newest first, as Dataverse lists them: everything (the draft, the
     * withdrawn) for those who may see drafts, the published versions for everyone else.
     */
    public VersionPage versions(RequestContext context, Dataset dataset, int offset, int limit) {
        Set<Permission> granted = permissions.permissionsOn(context, ObjectRef.dataset(dataset.getId()));
        boolean all = DatasetVisibility.seesDraft(granted);
        var collection = collections.find(dataset.getCollectionId()).orElseThrow();
        java.util.List<DatasetVersion> chosen = new java.util.ArrayList<>();
        long total = all ? datasets.countNumbered(dataset, true) : datasets.countNumbered(dataset, false);
        int skip = offset;
        int room = limit;
        if (all && datasets.draft(dataset).isPresent()) {
            total++;
            if (skip == 0 && room > 0) {
                chosen.add(datasets.draft(dataset).get());
                room--;
            } else {
                skip--;
            }
        }
        if (room > 0) {
            chosen.addAll(datasets.numbered(dataset, all, skip, room));
        }
        if (total == 0) {
            throw SamlingException.notFound("error.datasetNotFound", dataset.getGlobalId().asString());
        }
        boolean internal = DatasetVisibility.seesInternalFields(granted);
        return new VersionPage(chosen.stream().map(version -> new VisibleDataset(dataset, version, collection, granted,
                internal ? version.metadata() : rules.withoutInternal(dataset.getCollectionId(), version.metadata()),
                false)).toList(), total);
    }

    private Optional<DatasetVersion> choose(Dataset dataset, String version, boolean seesDrafts) {
        if (version == null || version.equals(":latest")) {
            Optional<DatasetVersion> draft = seesDrafts ? datasets.draft(dataset) : Optional.empty();
            return draft.or(() -> datasets.released(dataset)).or(() -> datasets.newestDeaccessioned(dataset));
        }
        if (version.equals(":draft")) {
            return seesDrafts ? datasets.draft(dataset) : Optional.empty();
        }
        if (version.equals(":latest-published")) {
            return datasets.released(dataset).or(() -> datasets.newestDeaccessioned(dataset));
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
