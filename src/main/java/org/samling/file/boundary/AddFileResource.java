package org.samling.file.boundary;

import jakarta.inject.Inject;
import org.samling.platform.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.samling.access.entity.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.AddFileCommand;
import org.samling.file.control.AddedFile;
import org.samling.file.control.FileDescription;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileStore;
import org.samling.file.control.StagedFile;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;
import org.samling.platform.rest.MultipartStream;
import org.samling.platform.rest.RequestBodies;
import org.samling.platform.i18n.Sizes;

/**
 * {@code POST /api/datasets/:persistentId/add}: a multipart upload with a {@code file} part and
 * an optional {@code jsonData} part. The file part streams straight into the staging area.
 */
@Path("datasets/:persistentId/add")
@Produces(MediaType.APPLICATION_JSON)
public class AddFileResource {

    static final int MAX_JSON_DATA = 64 * 1024;
    /** Room for part headers and the other form fields beside the file itself. */
    static final long ENVELOPE = 1024 * 1024;

    @Inject
    Datasets datasets;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    FileStore store;

    @Inject
    SamlingConfig config;

    @POST
    public Response add(@QueryParam("persistentId") String persistentId, @Context HttpServletRequest request)
            throws IOException {
        RequestContext context = caller.context();
        Dataset dataset = datasets.requireByGlobalId(persistentId);
        if (!engine.canIssue(AddFileCommand.class, context, ObjectRef.dataset(dataset.getId()))) {
            throw SamlingException.forbidden(context.isGuest() ? "error.signInRequired" : "error.permissionDenied",
                    "EDIT_DATASET");
        }
        long maxBytes = config.uploadMaxFileSize();
        if (request.getContentLengthLong() > maxBytes + ENVELOPE) {
            RequestBodies.discard(request);
            throw SamlingException.tooLarge("error.fileTooLarge", Sizes.human(maxBytes), maxBytes);
        }
        String boundary = MultipartStream.boundary(request.getContentType())
                .orElseThrow(() -> SamlingException.badRequest("error.multipartRequired"));
        MultipartStream parts = new MultipartStream(request.getInputStream(), boundary);
        StagedFile staged = null;
        String fileName = null;
        JsonObject jsonData = JsonObject.EMPTY_JSON_OBJECT;
        try {
            for (var part = parts.next(); part != null; part = parts.next()) {
                if ("file".equals(part.name()) && staged == null) {
                    fileName = part.fileName();
                    staged = store.stage(part.body(), maxBytes);
                } else if ("jsonData".equals(part.name())) {
                    jsonData = JsonBodies.object(readSmall(part.body()));
                }
            }
            if (staged == null) {
                throw SamlingException.badRequest("error.filePartRequired");
            }
            FileDescription description = describe(fileName, jsonData);
            AddedFile added = engine.submit(new AddFileCommand(context, dataset, staged, description));
            FileRow row = new FileRow(added.dataFile().getId(), added.metadata().getLabel(),
                    added.metadata().getDirectoryLabel(), added.metadata().getDescription(),
                    added.metadata().getCategory(), added.metadata().isRestricted(), added.dataFile().getContentType(),
                    added.dataFile().getSizeBytes(), added.dataFile().getSha256(), added.dataFile().getMd5(),
                    added.dataFile().getStorageKey());
            return ApiResponses.ok(Json.createObjectBuilder()
                    .add("files", Json.createArrayBuilder().add(FileJson.of(row, added.metadata().getDatasetVersionId())))
                    .build());
        } catch (MultipartStream.MalformedMultipartException e) {
            throw SamlingException.badRequest("error.badMultipart", e.getMessage());
        } catch (SamlingException e) {
            RequestBodies.discard(request);
            throw e;
        } finally {
            if (staged != null) {
                staged.discard();
            }
        }
    }

    static FileDescription describe(String fileName, JsonObject jsonData) {
        String category = null;
        if (jsonData.get("categories") instanceof JsonArray categories && !categories.isEmpty()
                && categories.get(0) instanceof JsonString first) {
            category = first.getString();
        }
        boolean restricted = jsonData.getBoolean("restrict", false);
        String name = jsonData.getString("label", fileName);
        return new FileDescription(name, jsonData.getString("directoryLabel", null),
                jsonData.getString("description", null), category, restricted);
    }

    private static String readSmall(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_JSON_DATA + 1);
        if (bytes.length > MAX_JSON_DATA) {
            throw SamlingException.badRequest("error.jsonDataTooLarge", MAX_JSON_DATA);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
