package org.samling.file.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.boundary.DatasetAddress;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.CloseUploadCommand;
import org.samling.file.control.OpenUploadCommand;
import org.samling.file.control.UploadSessions;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/**
 * Dataverse's direct upload, which is how its JavaScript client uploads: {@code uploadurls} opens
 * an upload session and answers with capability addresses the bytes are PUT to (one, or one per
 * part above the configured part size), as an S3 store's presigned URLs would be; then
 * {@code addFiles} or {@code replace} turns the session into a file. A multipart upload is
 * completed or aborted at {@code mpupload}.
 */
@Path("datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DirectUploadResource {

    @Inject
    Datasets datasets;

    @Inject
    UploadSessions sessions;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    org.samling.platform.config.SamlingConfig config;

    @GET
    @Path(DatasetAddress.PATH + "/uploadurls")
    public Response uploadUrls(@PathParam("id") String id, @QueryParam("persistentId") String persistentId,
                               @QueryParam("size") Long size, @Context UriInfo uri) {
        if (size == null || size < 0) {
            throw SamlingException.badRequest("error.badUploadSize");
        }
        RequestContext context = caller.context();
        Dataset dataset = DatasetAddress.resolve(datasets, id, persistentId);
        UploadSessions.Session session = engine.submit(new OpenUploadCommand(context, dataset, "upload", null, size));
        String address = uri.getBaseUri().resolve("uploads/" + session.id() + "/direct").toString()
                + "?key=" + sessions.allowDirect(context, session.id());
        String storage = DirectUploads.storageIdentifier(session.id());
        long partSize = config.uploadPartSize();
        JsonObjectBuilder data = Json.createObjectBuilder().add("partSize", partSize).add("storageIdentifier", storage);
        if (size <= partSize) {
            data.add("url", address);
        } else {
            JsonObjectBuilder urls = Json.createObjectBuilder();
            for (long part = 0; part * partSize < size; part++) {
                urls.add(String.valueOf(part + 1), address + "&offset=" + part * partSize);
            }
            // the client drops the first four characters ("/api") and prefixes its own API address
            String multipart = "/api/datasets/mpupload?uploadid=" + session.id() + "&storageidentifier="
                    + URLEncoder.encode(storage, StandardCharsets.UTF_8);
            data.add("urls", urls).add("abort", multipart).add("complete", multipart);
        }
        return ApiResponses.ok(data.build());
    }

    /** Completes a multipart upload: every part has arrived (the parts' ETags are not needed). */
    @PUT
    @Path("mpupload")
    @Consumes(MediaType.WILDCARD)
    public Response complete(@QueryParam("uploadid") String uploadId, String etags) {
        UploadSessions.Session session = sessions.find(caller.context(), DirectUploads.uploadId(uploadId));
        if (!session.complete()) {
            throw SamlingException.conflict("error.uploadIncomplete", session.received(), session.size());
        }
        return ApiResponses.okMessage("Upload " + session.id() + " is complete.");
    }

    @DELETE
    @Path("mpupload")
    public Response abort(@QueryParam("uploadid") String uploadId) {
        RequestContext context = caller.context();
        UUID id = DirectUploads.uploadId(uploadId);
        UploadSessions.Session session = sessions.find(context, id);
        engine.submit(new CloseUploadCommand(context, datasets.require(session.datasetId()), id));
        return ApiResponses.okMessage("Upload cancelled; nothing was stored.");
    }
}
