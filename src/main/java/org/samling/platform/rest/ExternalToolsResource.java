package org.samling.platform.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.platform.json.Json;

/** Dataverse's external tools: Samling has none registered, and says so as Dataverse does. */
@Path("externalTools")
@Produces(MediaType.APPLICATION_JSON)
public class ExternalToolsResource {

    @GET
    public Response all() {
        return ApiResponses.ok(Json.createArrayBuilder().build());
    }
}
