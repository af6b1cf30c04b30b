package org.samling.file.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.AddedFile;
import org.samling.file.control.DeleteFilesCommand;
import org.samling.file.control.ExtractedText;
import org.samling.file.control.FileDescription;
import org.samling.file.control.FileDownloads;
import org.samling.file.control.FileStore;
import org.samling.file.control.ReplaceFileCommand;
import org.samling.file.control.StagedFile;
import org.samling.file.control.UpdateFilesCommand;
import org.samling.authz.FileAccess;
import org.samling.file.entity.FileChanges;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;
import org.samling.platform.rest.RequestBodies;

/** {@code /api/files/{id}}: read a file's metadata; change, restrict, replace or delete it in the draft. */
@Path("files/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {

    @Inject
    FileDownloads downloads;

    @Inject
    Datasets datasets;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    org.samling.file.control.UploadSessions sessions;

    @Inject
    FileStore store;

    @Inject
    SamlingConfig config;

    @Inject
    ExtractedText extractedText;

    @Inject
    org.samling.dataset.control.DatasetReader reader;

    @GET
    public Response get(@PathParam("id") long id) {
        RequestContext context = caller.context();
        FileDownloads.Download file = downloads.find(context, id, true);
        return ApiResponses.ok(FileJson.of(downloads.present(context, file.datasetId(), file.file()),
                file.versionId()));
    }

    /** The file as one version of its dataset holds it: {@code :draft} or {@code :latest} prefer the draft's entry. */
    @GET
    @Path("versions/{version}")
    public Response inVersion(@PathParam("id") long id, @PathParam("version") String version) {
        RequestContext context = caller.context();
        boolean draft = ":draft".equals(version) || ":latest".equals(version);
        FileDownloads.Download file = downloads.find(context, id, draft);
        if (":draft".equals(version) && file.published()) {
            throw SamlingException.notFound("error.fileNotFound", id);
        }
        return ApiResponses.ok(FileJson.of(downloads.present(context, file.datasetId(), file.file()), file.versionId()));
    }

    /** The file's citation, Dataverse's way: its dataset's, then the file's name. */
    @GET
    @Path("versions/{version}/citation")
    public Response citation(@PathParam("id") long id, @PathParam("version") String version) {
        RequestContext context = caller.context();
        FileDownloads.Download file = downloads.find(context, id, ":draft".equals(version) || ":latest".equals(version));
        var visible = reader.open(context, datasets.require(file.datasetId()), file.published() ? ":latest-published" : ":draft");
        return ApiResponses.okMessage(org.samling.dataset.control.Citation.of(visible, config.publisher()) + "; "
                + file.file().label() + " [fileName]");
    }

    /** The text extracted from the file, for those who may open the file. */
    @GET
    @Path("text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public Response text(@PathParam("id") long id) {
        RequestContext context = caller.context();
        FileDownloads.Download download = downloads.authorize(context, id);
        String text = extractedText.of(id).orElseThrow(() -> SamlingException.notFound("error.noExtractedText", id));
        downloads.recordOpening(context, download, "ReadFileText");
        return Response.ok(text).header("X-Content-Type-Options", "nosniff").build();
    }

    /** Dataverse sends {@code jsonData} as a form field; a plain JSON body is accepted too. */
    @POST
    @Path("metadata")
    @Consumes(MediaType.WILDCARD)
    public Response updateMetadata(@PathParam("id") long id, @Context HttpServletRequest request) throws IOException {
        JsonObject json;
        if (request.getContentType() != null && request.getContentType().startsWith("multipart/")) {
            UploadForm form = UploadForm.read(request, store, 0, false);
            form.discard();
            json = form.jsonData();
        } else {
            json = JsonBodies.object(request.getInputStream());
        }
        FileChanges changes = FileJsonData.read(json).changes();
        return update(id, changes);
    }

    /** Dataverse's {@code metadata/categories}: {@code {"categories": [...]}}; a file of Samling has one category, the first. */
    @POST
    @Path("metadata/categories")
    @Consumes(MediaType.WILDCARD)
    public Response categories(@PathParam("id") long id, java.io.InputStream body) {
        var json = JsonBodies.object(body);
        if (!(json.get("categories") instanceof jakarta.json.JsonArray)) {
            throw SamlingException.badRequest("error.categoriesBody");
        }
        FileChanges changes = FileJsonData.read(org.samling.platform.json.Json.createObjectBuilder()
                .add("categories", json.getJsonArray("categories")).build()).changes();
        return update(id, changes);
    }

    @PUT
    @Path("restrict")
    @Consumes(MediaType.WILDCARD)
    public Response restrict(@PathParam("id") long id, String body) {
        String flag = body == null ? "" : body.trim();
        if (flag.startsWith("{")) {
            // the JavaScript client's form: {"restrict": true, "enableAccessRequest": ..., "termsOfAccess": ...}
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(flag))) {
                var value = reader.readObject().get("restrict");
                flag = value == null ? "" : value.toString();
            } catch (jakarta.json.JsonException | ClassCastException e) {
                throw SamlingException.badRequest("error.restrictBody");
            }
        }
        if (!flag.equals("true") && !flag.equals("false")) {
            throw SamlingException.badRequest("error.restrictBody");
        }
        return update(id, FileChanges.none().withAccess(flag.equals("true") ? FileAccess.RESTRICTED : FileAccess.PUBLIC,
                null));
    }

    /**
     * Replaces the file in the draft: with a {@code file} part, or, as Dataverse's JavaScript client
     * does after a direct upload, with the upload's {@code storageIdentifier} in jsonData.
     */
    @POST
    @Path("replace")
    public Response replace(@PathParam("id") long id, @Context HttpServletRequest request) throws IOException {
        RequestContext context = caller.context();
        UploadForm form = null;
        java.util.UUID upload = null;
        try {
            Dataset dataset = datasetOf(context, id);
            form = UploadForm.read(request, store, config.uploadMaxFileSize(), false);
            FileJsonData data = FileJsonData.read(form.jsonData());
            StagedFile bytes = form.file();
            String name = form.fileName();
            if (bytes == null) {
                if (!form.jsonData().containsKey("storageIdentifier")) {
                    throw SamlingException.badRequest("error.filePartRequired");
                }
                upload = DirectUploads.sessionOf(form.jsonData().getString("storageIdentifier", null));
                bytes = DirectUploads.staged(sessions, context, dataset.getId(), upload);
                name = form.jsonData().getString("fileName", null);
            }
            Checksums.verify(bytes, data.checksum());
            AddedFile replaced = engine.submit(new ReplaceFileCommand(context, dataset, id, bytes,
                    new FileDescription(data.changes().label() != null ? data.changes().label() : name, data.changes())));
            if (upload != null) {
                engine.submit(new org.samling.file.control.CloseUploadCommand(context, dataset, upload));
            }
            return ApiResponses.ok(Json.createObjectBuilder().add("files", Json.createArrayBuilder()
                    .add(FileJson.of(FileRows.of(replaced, context.today()), replaced.metadata().getDatasetVersionId())))
                    .build());
        } catch (SamlingException e) {
            RequestBodies.discard(request);
            throw e;
        } finally {
            if (form != null) {
                form.discard();
            }
        }
    }

    @DELETE
    public Response delete(@PathParam("id") long id) {
        RequestContext context = caller.context();
        engine.submit(new DeleteFilesCommand(context, datasetOf(context, id), List.of(id)));
        return ApiResponses.okMessage("File " + id + " was removed from the draft.");
    }

    private Response update(long id, FileChanges changes) {
        RequestContext context = caller.context();
        engine.submit(new UpdateFilesCommand(context, datasetOf(context, id), List.of(id), changes));
        FileDownloads.Download file = downloads.find(context, id, true);
        return ApiResponses.ok(FileJson.of(file.file(), file.versionId()));
    }

    private Dataset datasetOf(RequestContext context, long fileId) {
        return datasets.require(downloads.find(context, fileId).datasetId());
    }
}
