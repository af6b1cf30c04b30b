package org.samling.account.boundary;

import jakarta.inject.Inject;
import org.samling.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.samling.account.control.CreateUserCommand;
import org.samling.account.control.CreatedUser;
import org.samling.account.control.CurrentCaller;
import org.samling.account.control.NewAccount;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** {@code POST /api/builtin-users?password=&key=}: creates a local account, as in Dataverse. */
@Path("builtin-users")
@Produces(MediaType.APPLICATION_JSON)
public class BuiltinUsersResource {

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(@QueryParam("password") String password, @QueryParam("key") String key,
                           InputStream body) {
        JsonObject json = JsonBodies.object(body);
        NewAccount account = new NewAccount(json.getString("userName", null), json.getString("firstName", null),
                json.getString("lastName", null), json.getString("email", null),
                json.getString("affiliation", null), json.getString("language", null));
        String chosenPassword = password != null ? password : json.getString("password", null);
        CreatedUser created = engine.submit(new CreateUserCommand(caller.context(), account, chosenPassword, key,
                json.getBoolean("superuser", false)));
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("user", UserJson.of(created.user()).add("apiToken", created.apiToken()))
                .add("authenticatedUser", UserJson.of(created.user()))
                .add("apiToken", created.apiToken())
                .build());
    }
}
