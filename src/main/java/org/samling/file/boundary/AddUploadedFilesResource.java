package org.samling.file.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.boundary.DatasetAddress;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.AddFilesCommand;
import org.samling.file.control.AddedFile;
import org.samling.file.control.CloseUploadCommand;
import org.samling.file.control.FileDescription;
import org.samling.file.control.NewFile;
import org.samling.file.control.StagedFile;
import org.samling.file.control.UploadSessions;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.RequestBodies;

/**
 * Dataverse's {@code addFiles}: files whose bytes went ahead by direct upload join the draft,
 * described by a {@code jsonData} list ({@code fileName}, {@code storageIdentifier},
 * {@code checksum}, and the usual description, categories, restrict, directoryLabel). All are
 * added in one draft change or none is; on a refusal the uploads stay, so the call can be repeated.
 */
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public class AddUploadedFilesResource {

    static final int MAX_LIST = 1024 * 1024;

    @Inject
    Datasets datasets;

    @Inject
    UploadSessions sessions;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @POST
    @Path(DatasetAddress.PATH + "/addFiles")
    public Response addFiles(@PathParam("id") String id, @QueryParam("persistentId") String persistentId,
                             @Context HttpServletRequest request) throws IOException {
        RequestContext context = caller.context();
        Dataset dataset;
        JsonArray entries;
        try {
            dataset = DatasetAddress.resolve(datasets, id, persistentId);
            if (!engine.canIssue(AddFilesCommand.class, context, ObjectRef.dataset(dataset.getId()))) {
                throw SamlingException.forbidden(context.isGuest() ? "error.signInRequired" : "error.permissionDenied",
                        "EDIT_DATASET");
            }
            entries = list(UploadForm.jsonDataOnly(request, MAX_LIST));
        } catch (SamlingException e) {
            RequestBodies.discard(request);
            throw e;
        }
        List<UUID> uploads = new ArrayList<>();
        List<NewFile> files = new ArrayList<>();
        for (JsonObject entry : entries.getValuesAs(JsonObject.class)) {
            UUID upload = DirectUploads.sessionOf(entry.getString("storageIdentifier", null));
            String fileName = entry.getString("fileName", null);
            if (fileName == null || fileName.isBlank()) {
                throw SamlingException.badRequest("error.addFilesList");
            }
            FileJsonData data = FileJsonData.read(entry);
            StagedFile staged = DirectUploads.staged(sessions, context, dataset.getId(), upload);
            Checksums.verify(staged, data.checksum());
            uploads.add(upload);
            files.add(new NewFile(staged, new FileDescription(fileName, data.changes())));
        }
        List<AddedFile> added = engine.submit(new AddFilesCommand(context, dataset, files));
        uploads.forEach(upload -> engine.submit(new CloseUploadCommand(context, dataset, upload)));
        JsonArrayBuilder shown = Json.createArrayBuilder();
        for (int i = 0; i < added.size(); i++) {
            AddedFile file = added.get(i);
            shown.add(Json.createObjectBuilder()
                    .add("storageIdentifier", DirectUploads.storageIdentifier(uploads.get(i)))
                    .add("fileDetails", FileJson.of(FileRows.of(file, context.today()), file.metadata().getDatasetVersionId())));
        }
        return ApiResponses.ok(Json.createObjectBuilder().add("Files", shown)
                .add("Result", Json.createObjectBuilder().add("Total number of files", entries.size())
                        .add("Number of files successfully added", added.size()))
                .build());
    }

    private static JsonArray list(String jsonData) {
        try (var reader = Json.createReader(new StringReader(jsonData))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonArray array) || array.isEmpty()
                    || !array.stream().allMatch(entry -> entry instanceof JsonObject)) {
                throw SamlingException.badRequest("error.addFilesList");
            }
            return array;
        } catch (jakarta.json.JsonException e) {
            throw SamlingException.badRequest("error.addFilesList");
        }
    }
}
