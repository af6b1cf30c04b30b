package org.samling.authz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.samling.platform.context.RequestContext;

/**
 * "Which version of a dataset may this caller see?", the one rule for pages, the API, lists and
 * search: published versions to everyone, the draft to those who may see unpublished versions
 * (their role, or the review link they came in through). {@link #seesDraft} answers for one
 * dataset in Java; {@link #condition} says the same in SQL.
 */
@ApplicationScoped
public class DatasetVisibility {

    static final Permission SEES_DRAFTS = Permission.VIEW_UNPUBLISHED;

    @Inject
    PermissionEvaluator permissions;

    /**
     * Whether someone holding these permissions on a dataset sees its internal (curator-only)
     * metadata fields: those who may edit or curate it. A reader, a grant holder and a review link
     * never do.
     */
    public static boolean seesInternalFields(Set<Permission> held) {
        return held.contains(Permission.EDIT_DATASET) || held.contains(Permission.PUBLISH_DATASET);
    }

    /** Whether someone holding these permissions on a dataset sees its draft. */
    public static boolean seesDraft(Set<Permission> held) {
        return held.contains(SEES_DRAFTS);
    }

    /**
     * A condition over a {@code dataset_version} alias of a dataset and its collection: true for
     * the version the caller sees of each dataset they may see (its draft where they see drafts
     * and one exists, its published version otherwise); {@code params} receives its parameters.
     */
    public String condition(RequestContext context, String version, String dataset, String collection,
                            List<Object> params) {
        String drafts = permissions.scope(context, SEES_DRAFTS).condition(dataset, collection, params);
        if (drafts.equals("false")) {
            return "(" + version + ".id = " + dataset + ".released_version_id)";
        }
        List<Object> again = new java.util.ArrayList<>();
        String draftsAgain = permissions.scope(context, SEES_DRAFTS).condition(dataset, collection, again);
        params.addAll(again);
        return "((" + version + ".state = 'DRAFT' and " + drafts + ") or (" + version + ".id = " + dataset
                + ".released_version_id and not (" + draftsAgain + " and exists (select 1 from dataset_version draft"
                + " where draft.dataset_id = " + dataset + ".id and draft.state = 'DRAFT'))))";
    }

    /**
     * The same rule over a search index row ({@code state}, {@code released},
     * {@code dataset_has_draft}, {@code dataset_id}, {@code collection_path} of its alias):
     * true for the rows of the version the caller sees of each dataset.
     */
    public String indexCondition(RequestContext context, String row, List<Object> params) {
        PermissionScope scope = permissions.scope(context, SEES_DRAFTS);
        String drafts = scope.conditionOn(row + ".dataset_id", row + ".collection_path", params);
        if (drafts.equals("false")) {
            return row + ".released";
        }
        String draftsAgain = scope.conditionOn(row + ".dataset_id", row + ".collection_path", params);
        return "((" + row + ".state = 'DRAFT' and " + drafts + ") or (" + row + ".released and not (" + draftsAgain
                + " and " + row + ".dataset_has_draft)))";
    }

    /** Whether the caller sees any draft at all: a curator somewhere, or a reviewer through a link. */
    public boolean seesAnyDrafts(RequestContext context) {
        return !permissions.scope(context, SEES_DRAFTS).isEmpty();
    }
}
