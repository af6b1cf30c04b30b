package org.samling.dataset.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.VisibleDataset;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.persistence.Sql;
import org.samling.platform.rest.ApiResponses;

/**
 * What Dataverse's clients ask about a dataset's kind and storage: Samling has one dataset type
 * ({@code dataset}, Dataverse's default), one local file store without direct upload, the upload
 * limits that apply, and no links to other collections.
 */
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetFeaturesResource {

    static final JsonObject DATASET_TYPE = Json.createObjectBuilder().add("id", 1).add("name", "dataset")
            .add("displayName", "Dataset").add("linkedMetadataBlocks", Json.createArrayBuilder())
            .add("availableLicenses", Json.createArrayBuilder()).build();

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    CurrentCaller caller;

    @Inject
    SamlingConfig config;

    @Inject
    Sql sql;

    @GET
    @Path("datasetTypes")
    public Response datasetTypes() {
        return ApiResponses.ok(Json.createArrayBuilder().add(DATASET_TYPE).build());
    }

    @GET
    @Path("datasetTypes/{type}")
    public Response datasetType(@PathParam("type") String type) {
        if (!type.equals("1") && !type.equals("dataset")) {
            throw SamlingException.notFound("error.datasetTypeNotFound", type);
        }
        return ApiResponses.ok(DATASET_TYPE);
    }

    @GET
    @Path(DatasetAddress.PATH + "/links")
    public Response links(@PathParam("id") String id, @QueryParam("persistentId") String persistentId) {
        reader.open(caller.context(), DatasetAddress.resolve(datasets, id, persistentId), null);
        return ApiResponses.ok(Json.createObjectBuilder().add("linked-dataverses", Json.createArrayBuilder()).build());
    }

    @GET
    @Path(DatasetAddress.PATH + "/storageDriver")
    public Response storageDriver(@PathParam("id") String id, @QueryParam("persistentId") String persistentId) {
        reader.open(caller.context(), DatasetAddress.resolve(datasets, id, persistentId), null);
        return ApiResponses.ok(Json.createObjectBuilder().add("name", "file").add("type", "file").add("label", "Local")
                .add("directUpload", true).add("directDownload", false).add("uploadOutOfBand", false).build());
    }

    /** How many more files and bytes the dataset's draft may take (SAMLING_DATASET_MAX_FILES, SAMLING_DATASET_QUOTA). */
    @GET
    @Path(DatasetAddress.PATH + "/uploadlimits")
    public Response uploadLimits(@PathParam("id") String id, @QueryParam("persistentId") String persistentId) {
        VisibleDataset visible = reader.open(caller.context(), DatasetAddress.resolve(datasets, id, persistentId), null);
        long files = sql.count("select count(*) from file_metadata where dataset_version_id = ?", visible.version().getId());
        long bytes = sql.count("select coalesce(sum(f.size_bytes), 0) from file_metadata fm join datafile f on f.id = fm.datafile_id"
                + " where fm.dataset_version_id = ?", visible.version().getId());
        return ApiResponses.ok(Json.createObjectBuilder().add("uploadLimits", Json.createObjectBuilder()
                .add("numberOfFilesRemaining", Math.max(0, config.datasetMaxFiles() - files))
                .add("storageQuotaRemaining", Math.max(0, config.datasetQuota() - bytes))).build());
    }

    /** Samling has no guestbooks: whatever id is sent names none, as on a Dataverse with none made. */
    @jakarta.ws.rs.PUT
    @Path(DatasetAddress.PATH + "/guestbook")
    @jakarta.ws.rs.Consumes(MediaType.WILDCARD)
    public Response assignGuestbook(@PathParam("id") String id, @QueryParam("persistentId") String persistentId,
                                    String guestbookId) {
        reader.open(caller.context(), DatasetAddress.resolve(datasets, id, persistentId), null);
        throw SamlingException.notFound("error.guestbookNotFound", guestbookId == null ? "" : guestbookId.trim());
    }

    @jakarta.ws.rs.DELETE
    @Path(DatasetAddress.PATH + "/guestbook")
    public Response removeGuestbook(@PathParam("id") String id, @QueryParam("persistentId") String persistentId) {
        reader.open(caller.context(), DatasetAddress.resolve(datasets, id, persistentId), null);
        return ApiResponses.okMessage("The dataset has no guestbook.");
    }
}
