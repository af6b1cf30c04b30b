package org.samling.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.samling.access.control.AssignRoleCommand;
import org.samling.access.control.Assignments;
import org.samling.access.control.RevokeRoleCommand;
import org.samling.platform.context.ObjectRef;
import org.samling.account.control.CurrentCaller;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** The assignment calls, the same on a collection and on a dataset once the resource has found which. */
@ApplicationScoped
public class AssignmentCalls {

    @Inject
    Assignments assignments;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    public Response list(ObjectRef on) {
        return ApiResponses.ok(AssignmentJson.of(assignments.on(caller.context(), on), on));
    }

    /** {@code {"assignee": "@alice" | "&group" | ":authenticated-users", "role": "curator"}} */
    public Response assign(ObjectRef on, String body) {
        JsonObject json = JsonBodies.object(body);
        long id = engine.submit(new AssignRoleCommand(caller.context(), on, AssignmentJson.assignee(json),
                AssignmentJson.role(json)));
        return ApiResponses.created(Json.createObjectBuilder().add("id", id).build());
    }

    public Response revoke(ObjectRef on, long id) {
        engine.submit(new RevokeRoleCommand(caller.context(), on, id));
        return ApiResponses.okMessage("Role assignment " + id + " revoked.");
    }
}
