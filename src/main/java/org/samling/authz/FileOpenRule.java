package org.samling.authz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/**
 * "May this caller open this file?", the one rule for bytes, previews, extracted text and
 * search hits in that text. Both forms are made from {@link FileAccess}'s table of which
 * {@link OpenBasis bases} open which level and from the same {@link Caller} facts:
 * {@link #opener} for checks in Java (downloads, zips, previews), {@link #condition} for SQL
 * filters (search over file text).
 */
@ApplicationScoped
public class FileOpenRule {

    /**
     * What the rule needs to know of a caller: where their roles let them open restricted files
     * and edit datasets, who they are (for grants), when they ask, and their review link.
     */
    public record Caller(PermissionScope download, PermissionScope edit, Long userId, Instant time,
                         ReviewLinks.Link link) {
        LocalDate today() {
            return LocalDate.ofInstant(time, ZoneOffset.UTC);
        }
    }

    @Inject
    PermissionEvaluator permissions;

    @Inject
    AccessGrants grants;

    @Inject
    ReviewLinks reviewLinks;

    public Caller caller(RequestContext context) {
        return new Caller(permissions.scope(context, Permission.DOWNLOAD_RESTRICTED),
                permissions.scope(context, Permission.EDIT_DATASET), context.userId(), context.time(),
                reviewLinks.inForce(context).orElse(null));
    }

    /** What the caller may open in one dataset; ask it per file. */
    public Opener opener(RequestContext context, long datasetId) {
        Caller caller = caller(context);
        String path = caller.download().collectionPaths().isEmpty() && caller.edit().collectionPaths().isEmpty()
                ? null : permissions.collectionPathOf(datasetId);
        boolean byRole = caller.download().covers(datasetId, path);
        return opener(caller, datasetId, path, byRole ? Set.of() : grants.filesInForce(context, datasetId));
    }

    /** @param granted the files of the dataset the caller holds grants in force for */
    public static Opener opener(Caller caller, long datasetId, String collectionPath, Set<Long> granted) {
        ReviewLinks.Link link = caller.link() != null && caller.link().datasetId() == datasetId ? caller.link() : null;
        return new Opener(caller.download().covers(datasetId, collectionPath),
                caller.edit().covers(datasetId, collectionPath), granted, link);
    }

    /**
     * The rule as an SQL condition over a {@code file_metadata} alias whose dataset and
     * collection are joined as {@code dataset} and {@code collection}; {@code params} receives
     * its parameters in order.
     */
    public String condition(RequestContext context, String fileMetadata, String dataset, String collection,
                            List<Object> params) {
        return condition(caller(context), fileMetadata, dataset, collection, params);
    }

    public static String condition(Caller caller, String fileMetadata, String dataset, String collection,
                                   List<Object> params) {
        return conditionOver(caller, fileMetadata, dataset + ".id", collection + ".path", params);
    }

    /**
     * The rule over a row with a file's {@code access}, {@code embargo_until} and
     * {@code datafile_id} columns (file_metadata, or the search index) and expressions for its
     * dataset's id and its collection's path.
     */
    public static String conditionOver(Caller caller, String fileMetadata, String datasetId, String collectionPath,
                                       List<Object> params) {
        List<String> alternatives = new ArrayList<>();
        for (OpenBasis basis : OpenBasis.values()) {
            List<Object> basisParams = new ArrayList<>();
            String holds = holds(basis, caller, fileMetadata, datasetId, collectionPath, basisParams);
            if (holds.equals("false")) {
                continue;
            }
            alternatives.add("(" + FileAccess.effectiveInSql(fileMetadata, caller.today(), FileAccess.openedBy(basis), params)
                    + " and " + holds + ")");
            params.addAll(basisParams);
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }

    private static String holds(OpenBasis basis, Caller caller, String fileMetadata, String datasetId,
                                String collectionPath, List<Object> params) {
        return switch (basis) {
            case ANYONE -> "true";
            case ROLE -> caller.download().conditionOn(datasetId, collectionPath, params);
            case EDITOR -> caller.edit().conditionOn(datasetId, collectionPath, params);
            case REVIEW_LINK -> caller.link() == null ? "false" : reviewLinkCondition(caller.link(), fileMetadata,
                    datasetId, params);
            case GRANT -> caller.userId() == null ? "false"
                    : AccessGrants.inForceCondition(caller.userId(), caller.time(), fileMetadata + ".datafile_id", params);
        };
    }

    private static String reviewLinkCondition(ReviewLinks.Link link, String fileMetadata, String datasetId,
                                              List<Object> params) {
        params.add(link.datasetId());
        if (link.allFiles()) {
            return "(" + datasetId + " = ?)";
        }
        params.add(Sql.bigints(link.fileIds()));
        return "(" + datasetId + " = ? and " + fileMetadata + ".datafile_id = any(?))";
    }
}
