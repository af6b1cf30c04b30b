package org.samling.file.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.AddFilesCommand;
import org.samling.file.control.AddedFile;
import org.samling.file.control.ContentAnalysis;
import org.samling.file.control.FileDescription;
import org.samling.file.control.FileStore;
import org.samling.file.control.NewFile;
import org.samling.file.control.ZipUnpacker;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.RequestBodies;

/**
 * {@code POST /api/datasets/:persistentId/add}: a multipart upload with a {@code file} part and
 * an optional {@code jsonData} part. The file streams straight into the staging area; a zip
 * is unpacked on request ({@code "unzip": true}).
 */
@Path("datasets/:persistentId/add")
@Produces(MediaType.APPLICATION_JSON)
public class AddFileResource {

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
    public Response add(@QueryParam("persistentId") String persistentId, @Context HttpServletRequest request)
            throws IOException {
        RequestContext context = caller.context();
        List<NewFile> files = new ArrayList<>();
        UploadForm form = null;
        try {
            Dataset dataset = datasets.requireByGlobalId(persistentId);
            if (!engine.canIssue(AddFilesCommand.class, context, ObjectRef.dataset(dataset.getId()))) {
                throw SamlingException.forbidden(context.isGuest() ? "error.signInRequired" : "error.permissionDenied",
                        "EDIT_DATASET");
            }
            form = UploadForm.read(request, store, config.uploadMaxFileSize(), true);
            FileJsonData data = FileJsonData.read(form.jsonData());
            Checksums.verify(form.file(), data.checksum());
            String name = data.changes().label() != null ? data.changes().label() : form.fileName();
            if (data.unzip() && ZipUnpacker.isZip(analysis.detect(form.file().path(), String.valueOf(name)))) {
                files.addAll(ZipUnpacker.unpack(form.file(), store, new ZipUnpacker.Limits(config.zipMaxEntries(),
                        config.uploadMaxFileSize(), config.zipMaxRatio()), data.changes()));
            } else {
                files.add(new NewFile(form.file(), new FileDescription(name, data.changes())));
            }
            List<AddedFile> added = engine.submit(new AddFilesCommand(context, dataset, files));
            JsonArrayBuilder json = Json.createArrayBuilder();
            added.forEach(file -> json.add(FileJson.of(FileRows.of(file, context.today()), file.metadata().getDatasetVersionId())));
            return ApiResponses.ok(Json.createObjectBuilder().add("files", json).build());
        } catch (SamlingException e) {
            RequestBodies.discard(request);
            throw e;
        } finally {
            if (form != null) {
                form.discard();
            }
            files.forEach(file -> file.staged().discard());
        }
    }
}
