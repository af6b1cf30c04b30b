package org.samling.dataset.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.PublishDatasetCommand;
import org.samling.dataset.control.UpdateMetadataCommand;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** {@code /api/datasets}: read, edit and publish datasets by persistent identifier or id. */
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetsResource {

    @Inject
    org.samling.dataset.control.Licenses licenses;

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    DatasetAnswers answers;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;


    @Inject
    org.samling.metadata.control.MetadataBlocks blocks;

    @GET
    @Path(":persistentId")
    public Response byPersistentId(@QueryParam("persistentId") String persistentId) {
        return json(datasets.requireByGlobalId(persistentId), null);
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response byId(@PathParam("id") long id) {
        return json(datasets.require(id), null);
    }

    @GET
    @Path(DatasetAddress.PATH + "/versions/{version: [0-9]+(\\.[0-9]+)?|:draft|:latest|:latest-published}")
    public Response version(@PathParam("id") String id, @QueryParam("persistentId") String persistentId,
                            @PathParam("version") String version, @QueryParam("excludeFiles") boolean excludeFiles,
                            @QueryParam("includeDeaccessioned") boolean includeDeaccessioned) {
        VisibleDataset visible = reader.open(caller.context(), DatasetAddress.resolve(datasets, id, persistentId), version);
        if (visible.version().isDeaccessioned() && !includeDeaccessioned) {
            throw SamlingException.notFound("error.versionDeaccessioned", version);
        }
        return answers.version(caller.context(), visible, excludeFiles);
    }

    @PUT
    @Path(DatasetAddress.PATH + "/versions/:draft")
    @Consumes(MediaType.WILDCARD)
    public Response editDraft(@PathParam("id") String id, @QueryParam("persistentId") String persistentId, InputStream body) {
        Dataset dataset = DatasetAddress.resolve(datasets, id, persistentId);
        var metadata = DatasetJsonReader.read(JsonBodies.object(body), licenses);
        engine.submit(new UpdateMetadataCommand(caller.context(), dataset, metadata));
        return answers.version(caller.context(), reader.open(caller.context(), dataset, ":draft"), false);
    }

    /**
     * Dataverse's {@code editMetadata}: the fields sent ({@code {"fields": [...]}}, from any block)
     * replace those of the same name in the draft (made from the published version if there is
     * none); the other fields stay. Without {@code replace=true} a field that already has a value
     * is refused, as in Dataverse.
     */
    @PUT
    @Path(DatasetAddress.PATH + "/editMetadata")
    @Consumes(MediaType.WILDCARD)
    public Response editMetadata(@PathParam("id") String id, @QueryParam("persistentId") String persistentId,
                                 @QueryParam("replace") boolean replace, InputStream body) {
        Dataset dataset = DatasetAddress.resolve(datasets, id, persistentId);
        var fields = JsonBodies.object(body).getJsonArray("fields");
        if (fields == null) {
            throw SamlingException.badRequest("error.editMetadataFields");
        }
        VisibleDataset current = reader.open(caller.context(), dataset, null);
        var metadata = MetadataEdits.apply(current.metadata(), fields.getValuesAs(jakarta.json.JsonObject.class), replace,
                blocks);
        engine.submit(new UpdateMetadataCommand(caller.context(), dataset, metadata));
        return answers.version(caller.context(), reader.open(caller.context(), dataset, ":draft"), false);
    }

    /** Dataverse's delete-draft: the draft of a published dataset is discarded, its own files with it. */
    @jakarta.ws.rs.DELETE
    @Path(DatasetAddress.PATH + "/versions/:draft")
    public Response deleteDraft(@PathParam("id") String id, @QueryParam("persistentId") String persistentId) {
        Dataset dataset = DatasetAddress.resolve(datasets, id, persistentId);
        engine.submit(new org.samling.file.control.DeleteDraftCommand(caller.context(), dataset));
        return ApiResponses.okMessage("Draft version of dataset " + dataset.getGlobalId().asString() + " deleted");
    }

    @POST
    @Path(DatasetAddress.PATH + "/actions/:publish")
    public Response publish(@PathParam("id") String id, @QueryParam("persistentId") String persistentId,
                            @QueryParam("type") String type) {
        if (type == null || !(type.equals("major") || type.equals("minor"))) {
            throw SamlingException.badRequest("error.publishType");
        }
        Dataset dataset = DatasetAddress.resolve(datasets, id, persistentId);
        engine.submit(new PublishDatasetCommand(caller.context(), dataset, type.equals("major")));
        return json(datasets.require(dataset.getId()), ":latest-published");
    }

    private Response json(Dataset dataset, String version) {
        return answers.dataset(caller.context(), reader.open(caller.context(), dataset, version));
    }
}
