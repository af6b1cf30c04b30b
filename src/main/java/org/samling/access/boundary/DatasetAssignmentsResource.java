package org.samling.access.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.access.control.AssignRoleCommand;
import org.samling.access.control.Assignments;
import org.samling.access.control.RevokeRoleCommand;
import org.samling.access.entity.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** {@code /api/datasets/:persistentId/assignments}: roles given on one dataset. */
@Path("datasets/:persistentId/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetAssignmentsResource {

    @Inject
    Datasets datasets;

    @Inject
    Assignments assignments;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @GET
    public Response list(@QueryParam("persistentId") String persistentId) {
        ObjectRef on = on(persistentId);
        return ApiResponses.ok(AssignmentJson.of(assignments.on(caller.context(), on), on));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response assign(@QueryParam("persistentId") String persistentId, String body) {
        JsonObject json = JsonBodies.object(body);
        long id = engine.submit(new AssignRoleCommand(caller.context(), on(persistentId), AssignmentJson.assignee(json),
                AssignmentJson.role(json)));
        return ApiResponses.created(Json.createObjectBuilder().add("id", id).build());
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response revoke(@QueryParam("persistentId") String persistentId, @PathParam("id") long id) {
        engine.submit(new RevokeRoleCommand(caller.context(), on(persistentId), id));
        return ApiResponses.okMessage("Role assignment " + id + " revoked.");
    }

    private ObjectRef on(String persistentId) {
        return ObjectRef.dataset(datasets.requireByGlobalId(persistentId).getId());
    }
}
