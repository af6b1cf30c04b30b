package org.samling.dataset.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.VisibleDataset;
import org.samling.file.control.FileCategories;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/**
 * Small lists Dataverse's clients ask for: the fields a dataset summary shows, and the file
 * categories a dataset's files may take.
 */
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetListsResource {

    /** Dataverse's default {@code :CustomDatasetSummaryFields}. */
    static final List<String> SUMMARY_FIELDS = List.of("dsDescription", "subject", "keyword", "publication", "notesText");

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    FileCategories categories;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("summaryFieldNames")
    public Response summaryFieldNames() {
        return ApiResponses.ok(Json.createArrayBuilder(SUMMARY_FIELDS).build());
    }

    @GET
    @Path(DatasetAddress.PATH + "/availableFileCategories")
    public Response availableFileCategories(@PathParam("id") String id, @QueryParam("persistentId") String persistentId) {
        VisibleDataset visible = reader.open(caller.context(), DatasetAddress.resolve(datasets, id, persistentId), null);
        JsonArrayBuilder names = Json.createArrayBuilder();
        categories.of(visible.collection()).forEach(names::add);
        return ApiResponses.ok(names.build());
    }
}
