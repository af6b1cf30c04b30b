package org.samling.export.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.file.control.FileDownloads;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.usage.UsageCounter;

/** {@code GET /api/files/{id}/downloadCount}, in Dataverse's shape, for a file the caller may see listed. */
@Path("files/{id: [0-9]+}")
@Produces(MediaType.APPLICATION_JSON)
public class FileUsageResource {

    @Inject
    UsageCounter usage;

    @Inject
    FileDownloads downloads;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("downloadCount")
    public Response downloadCount(@PathParam("id") long id) {
        downloads.find(caller.context(), id);
        return ApiResponses.ok(Json.createObjectBuilder().add("message", String.valueOf(usage.fileDownloads(id))).build());
    }
}
