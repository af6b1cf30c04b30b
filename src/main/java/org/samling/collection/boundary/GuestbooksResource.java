package org.samling.collection.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.collection.control.Collections;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/**
 * Dataverse's guestbooks, which Samling does not have: access is asked for through requests and
 * accepted terms instead ({@code /api/access/.../requestAccess}). Every collection lists none and
 * no guestbook id exists, as on a Dataverse where none was made; making one is refused with 405.
 */
@Path("guestbooks")
@Produces(MediaType.APPLICATION_JSON)
public class GuestbooksResource {

    @Inject
    Collections collections;

    @GET
    @Path("{alias}/list")
    public Response list(@PathParam("alias") String alias) {
        collections.require(alias);
        return ApiResponses.ok(Json.createArrayBuilder().build());
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        throw SamlingException.notFound("error.guestbookNotFound", id);
    }

    @POST
    @Path("{alias}")
    @Consumes(MediaType.WILDCARD)
    public Response create(@PathParam("alias") String alias) {
        collections.require(alias);
        throw new SamlingException(405, "error.guestbooksNotOffered");
    }
}
