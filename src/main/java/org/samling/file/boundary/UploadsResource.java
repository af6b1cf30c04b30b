package org.samling.file.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonNumber;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.AddFilesCommand;
import org.samling.file.control.AddedFile;
import org.samling.file.control.CloseUploadCommand;
import org.samling.file.control.OpenUploadCommand;
import org.samling.file.control.ReceiveUploadPieceCommand;
import org.samling.file.control.ContentAnalysis;
import org.samling.file.control.FileDescription;
import org.samling.file.control.FileStore;
import org.samling.file.control.NewFile;
import org.samling.file.control.StagedFile;
import org.samling.file.control.UploadSessions;
import org.samling.file.control.ZipUnpacker;
import org.samling.file.entity.FileChanges;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;
import org.samling.platform.rest.RequestBodies;

/**
 * {@code /api/uploads}: resumable uploads in pieces, for the browser's upload area and for
 * scripts on unreliable networks. Open with the file's name and size, send pieces with
 * {@code PUT ...?offset=}, ask {@code GET} where to go on after a drop, then complete with the
 * file's description (the same fields as jsonData).
 */
@Path("uploads")
@Produces(MediaType.APPLICATION_JSON)
public class UploadsResource {

    @Inject
    UploadSessions sessions;

    @Inject
    Datasets datasets;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    FileStore store;

    @Inject
    ContentAnalysis analysis;

    @Inject
    SamlingConfig config;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response open(InputStream body) {
        RequestContext context = caller.context();
        JsonObject json = JsonBodies.object(body);
        Dataset dataset = datasets.requireByGlobalId(json.getString("persistentId", null));
        if (!(json.get("size") instanceof JsonNumber size)) {
            throw SamlingException.badRequest("error.badUploadSize");
        }
        UploadSessions.Session session = engine.submit(new OpenUploadCommand(context, dataset,
                json.getString("fileName", null), json.getString("directoryLabel", null), size.longValue()));
        return Response.status(201).entity(envelope(session)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}")
    public Response where(@PathParam("id") UUID id) {
        return Response.ok(envelope(sessions.find(caller.context(), id))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public Response piece(@PathParam("id") UUID id, @QueryParam("offset") Long offset,
                          @Context HttpServletRequest request) throws IOException {
        try {
            if (offset == null || offset < 0 || request.getContentLengthLong() < 0) {
                throw SamlingException.badRequest("error.badChunk", UploadSessions.MAX_CHUNK);
            }
            RequestContext context = caller.context();
            Dataset dataset = datasets.require(sessions.find(context, id).datasetId());
            UploadSessions.Session session = engine.submit(new ReceiveUploadPieceCommand(context, dataset, id, offset,
                    request.getContentLengthLong(), request.getInputStream()));
            return Response.ok(envelope(session)).build();
        } catch (SamlingException e) {
            RequestBodies.discard(request);
            throw e;
        }
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.WILDCARD)
    public Response complete(@PathParam("id") UUID id, String body) throws IOException {
        RequestContext context = caller.context();
        UploadSessions.Session session = sessions.find(context, id);
        Dataset dataset = datasets.require(session.datasetId());
        if (!engine.canIssue(AddFilesCommand.class, context, ObjectRef.dataset(dataset.getId()))) {
            throw SamlingException.forbidden("error.permissionDenied", "EDIT_DATASET");
        }
        List<NewFile> files = new ArrayList<>();
        try {
            FileJsonData data = FileJsonData.read(body == null || body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT
                    : JsonBodies.object(body));
            StagedFile staged = sessions.finish(context, id);
            Checksums.verify(staged, data.checksum());
            FileChanges placed = data.changes().directoryLabel() == null && !session.directoryLabel().isEmpty()
                    ? data.changes().withPlacement(data.changes().label(), session.directoryLabel())
                    : data.changes();
            if (data.unzip() && ZipUnpacker.isZip(analysis.detect(staged.path(), session.fileName()))) {
                files.addAll(ZipUnpacker.unpack(staged, store, new ZipUnpacker.Limits(config.zipMaxEntries(),
                        config.uploadMaxFileSize(), config.zipMaxRatio()), placed));
            } else {
                files.add(new NewFile(staged, new FileDescription(session.fileName(), placed)));
            }
            List<AddedFile> added = engine.submit(new AddFilesCommand(context, dataset, files));
            JsonArrayBuilder json = Json.createArrayBuilder();
            added.forEach(file -> json.add(FileJson.of(FileRows.of(file, context.today()), file.metadata().getDatasetVersionId())));
            return ApiResponses.ok(Json.createObjectBuilder().add("files", json).build());
        } finally {
            files.forEach(file -> file.staged().discard());
            engine.submit(new CloseUploadCommand(context, dataset, id));
        }
    }

    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") UUID id) {
        RequestContext context = caller.context();
        Dataset dataset = datasets.require(sessions.find(context, id).datasetId());
        engine.submit(new CloseUploadCommand(context, dataset, id));
        return ApiResponses.okMessage("Upload cancelled; nothing was stored.");
    }

    private static JsonObject envelope(UploadSessions.Session session) {
        return Json.createObjectBuilder()
                .add("status", "OK")
                .add("data", Json.createObjectBuilder()
                        .add("id", session.id().toString())
                        .add("fileName", session.fileName())
                        .add("size", session.size())
                        .add("offset", session.received())
                        .add("chunkSize", UploadSessions.CHUNK))
                .build();
    }
}
