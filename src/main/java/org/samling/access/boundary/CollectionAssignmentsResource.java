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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.access.control.AssignRoleCommand;
import org.samling.access.control.Assignments;
import org.samling.access.control.RevokeRoleCommand;
import org.samling.access.entity.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** {@code /api/dataverses/{alias}/assignments}: roles given on a collection (inherited by all below it). */
@Path("dataverses/{alias}/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionAssignmentsResource {

    @Inject
    Collections collections;

    @Inject
    Assignments assignments;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @GET
    public Response list(@PathParam("alias") String alias) {
        ObjectRef on = on(alias);
        return ApiResponses.ok(AssignmentJson.of(assignments.on(caller.context(), on), on));
    }

    /** {@code {"assignee": "@alice" | "&group" | ":authenticated-users", "role": "curator"}} */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response assign(@PathParam("alias") String alias, String body) {
        JsonObject json = JsonBodies.object(body);
        long id = engine.submit(new AssignRoleCommand(caller.context(), on(alias), AssignmentJson.assignee(json),
                AssignmentJson.role(json)));
        return ApiResponses.created(Json.createObjectBuilder().add("id", id).build());
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response revoke(@PathParam("alias") String alias, @PathParam("id") long id) {
        engine.submit(new RevokeRoleCommand(caller.context(), on(alias), id));
        return ApiResponses.okMessage("Role assignment " + id + " revoked.");
    }

    private ObjectRef on(String alias) {
        return ObjectRef.collection(collections.require(alias).getId());
    }
}
