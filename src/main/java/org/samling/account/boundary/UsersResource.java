package org.samling.account.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.platform.error.SamlingException;
import org.samling.platform.rest.ApiResponses;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    CurrentCaller caller;

    @GET
    @Path(":me")
    public Response me() {
        return caller.user()
                .map(user -> ApiResponses.ok(UserJson.of(user).build()))
                .orElseThrow(() -> SamlingException.unauthorized("error.apiKeyRequired"));
    }
}
