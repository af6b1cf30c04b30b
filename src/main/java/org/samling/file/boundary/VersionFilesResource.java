package org.samling.file.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.boundary.DatasetAddress;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.VisibleDataset;
import org.samling.file.control.FileDownloads;
import org.samling.file.control.FileQuery;
import org.samling.authz.Opener;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileTable;
import org.samling.platform.error.SamlingException;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.json.Json;

/**
 * {@code GET /api/datasets/:persistentId/versions/{version}/files}: a version's files a page at a
 * time, sorted and filtered in the database (Dataverse's parameters), as the file table does.
 */
@Path("datasets/" + DatasetAddress.PATH + "/versions/{version}/files")
@Produces(MediaType.APPLICATION_JSON)
public class VersionFilesResource {

    static final int MAX_LIMIT = 1000;
    static final Map<String, String[]> ORDER = Map.of(
            "NameAZ", new String[] {"label", "asc"}, "NameZA", new String[] {"label", "desc"},
            "Size", new String[] {"size", "asc"}, "Type", new String[] {"contentType", "asc"},
            "Category", new String[] {"category", "asc"});
    static final Map<String, String> ACCESS = Map.of(
            "Public", "PUBLIC", "Restricted", "RESTRICTED", "EmbargoedThenRestricted", "EMBARGOED",
            "EmbargoedThenPublic", "EMBARGOED");

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    FileTable table;

    @Inject
    CurrentCaller caller;

    @Inject
    FileDownloads downloads;

    @GET
    public Response files(@PathParam("id") String id, @QueryParam("persistentId") String persistentId,
                          @PathParam("version") String version,
                          @QueryParam("offset") @DefaultValue("0") int offset,
                          @QueryParam("limit") @DefaultValue("100") int limit,
                          @QueryParam("orderCriteria") @DefaultValue("NameAZ") String order,
                          @QueryParam("categoryName") String category, @QueryParam("searchText") String searchText,
                          @QueryParam("contentType") String typeGroup, @QueryParam("accessStatus") String access) {
        VisibleDataset visible = reader.open(caller.context(), DatasetAddress.resolve(datasets, id, persistentId), version);
        String[] sort = ORDER.get(order);
        if (sort == null || limit < 1 || limit > MAX_LIMIT || offset < 0) {
            throw SamlingException.badRequest("error.badFileListing", MAX_LIMIT, String.join(", ", ORDER.keySet()));
        }
        FileQuery query = query(visible, offset, limit, sort[0], sort[1].equals("desc"), category, searchText, typeGroup, access);
        JsonArrayBuilder files = Json.createArrayBuilder();
        Opener opener = downloads.opener(caller.context(), visible.dataset().getId());
        for (FileRow file : table.page(query)) {
            files.add(FileJson.of(file.presentedTo(opener), visible.version().getId()));
        }
        return Response.ok(Json.createObjectBuilder()
                .add("status", "OK")
                .add("data", files)
                .add("totalCount", table.count(query))
                .build()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** Dataverse's {@code files/counts}: the version's files by type, access and category, under the same filters. */
    @GET
    @Path("counts")
    public Response counts(@PathParam("id") String id, @QueryParam("persistentId") String persistentId,
                           @PathParam("version") String version,
                           @QueryParam("categoryName") String category, @QueryParam("searchText") String searchText,
                           @QueryParam("contentType") String typeGroup, @QueryParam("accessStatus") String access) {
        VisibleDataset visible = reader.open(caller.context(), DatasetAddress.resolve(datasets, id, persistentId), version);
        FileTable.Counts counts = table.counts(query(visible, 0, Integer.MAX_VALUE, "label", false, category, searchText,
                typeGroup, access));
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("total", counts.total())
                .add("perContentType", object(counts.perContentType()))
                .add("perAccessStatus", object(counts.perAccessStatus()))
                .add("perCategoryName", object(counts.perCategoryName()))
                .add("perTabularTagName", Json.createObjectBuilder())
                .build());
    }

    static jakarta.json.JsonObject object(Map<String, Long> counts) {
        var json = Json.createObjectBuilder();
        counts.forEach(json::add);
        return json.build();
    }

    static FileQuery query(VisibleDataset visible, int offset, int limit, String sortBy, boolean descending, String category,
                           String searchText, String typeGroup, String access) {
        String group = typeGroup == null || typeGroup.isBlank() ? null : typeGroup.toUpperCase(Locale.ROOT);
        if (group != null && java.util.Arrays.stream(FileQuery.TypeGroup.values()).noneMatch(g -> g.name().equals(group))) {
            throw SamlingException.badRequest("error.badFileListing", MAX_LIMIT, String.join(", ", ORDER.keySet()));
        }
        if (access != null && !access.isBlank() && !ACCESS.containsKey(access)) {
            throw SamlingException.badRequest("error.badAccessStatus", access, String.join(", ", ACCESS.keySet()));
        }
        return new FileQuery(visible.version().getId(), offset, limit, sortBy, descending, searchText, category, group,
                access == null || access.isBlank() ? null : ACCESS.get(access));
    }
}
