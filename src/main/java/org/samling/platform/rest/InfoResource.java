package org.samling.platform.rest;

import org.samling.platform.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("info")
@Produces(MediaType.APPLICATION_JSON)
public class InfoResource {

    public static final String VERSION = "0.1.0";

    @GET
    @Path("version")
    public Response version() {
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("version", VERSION)
                .add("build", "samling")
                .build());
    }
}
