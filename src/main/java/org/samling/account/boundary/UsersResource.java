package org.samling.account.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.samling.account.control.ApiTokens;
import org.samling.account.control.DeleteApiTokenCommand;
import org.samling.account.control.RecreateApiTokenCommand;
import org.samling.account.entity.ApiToken;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.RequestContext;
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

    @Inject
    ApiTokens tokens;

    @Inject
    CommandEngine engine;

    @Inject
    HttpServletRequest request;

    /** Dataverse's wording, which its JavaScript client splits into words to find the token and date. */
    @GET
    @Path("token")
    public Response token() {
        String presented = presentedKey();
        ApiToken token = tokens.active(presented).orElseThrow(() -> SamlingException.unauthorized("error.badApiKey"));
        return ApiResponses.okMessage("Token " + presented + " expires on " + DATE_TIME.format(token.getExpiresAt()));
    }

    @POST
    @Path("token/recreate")
    public Response recreate() {
        RequestContext context = caller.context();
        RecreateApiTokenCommand.Issued issued = engine.submit(new RecreateApiTokenCommand(context, presentedKey()));
        return ApiResponses.okMessage("New token for " + context.username() + " is " + issued.token()
                + " and expires on " + DATE_TIME.format(issued.expires()));
    }

    @DELETE
    @Path("token")
    public Response delete() {
        RequestContext context = caller.context();
        engine.submit(new DeleteApiTokenCommand(context, presentedKey()));
        return ApiResponses.okMessage("Token for " + context.username() + " deleted.");
    }

    private String presentedKey() {
        String key = request.getHeader(CurrentCaller.API_KEY_HEADER);
        if (key == null || key.isBlank()) {
            throw SamlingException.unauthorized("error.apiKeyRequired");
        }
        caller.context(); // an unknown key answers 401 here
        return key.trim();
    }

    private static final java.time.format.DateTimeFormatter DATE_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    @GET
    @Path(":me")
    public Response me() {
        return caller.user()
                .map(user -> ApiResponses.ok(UserJson.of(user).build()))
                .orElseThrow(() -> SamlingException.unauthorized("error.apiKeyRequired"));
    }
}
