package org.samling.access.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Locale;
import org.samling.access.control.AccessRequestReader;
import org.samling.access.control.AnswerAccessRequestCommand;
import org.samling.access.control.ConfirmGuestCommand;
import org.samling.access.control.GrantAccessCommand;
import org.samling.access.control.GrantLengths;
import org.samling.access.control.RejectAccessCommand;
import org.samling.access.control.RequestAccessCommand;
import org.samling.access.control.RequestRow;
import org.samling.access.control.ReturnAccessRequestCommand;
import org.samling.access.control.WithdrawAccessRequestCommand;
import org.samling.access.entity.RequestState;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/**
 * {@code /api/requests}: access requests beyond the Dataverse calls: asking for several files or
 * a whole dataset (guests too), the curators' inbox, returning a request with a question,
 * answering it, withdrawing it.
 */
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestsResource {

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Datasets datasets;

    @Inject
    AccessRequestReader reader;

    @Inject
    AccessDecisions decisions;

    @Inject
    GrantLengths grantLengths;

    /** {@code {persistentId, fileIds?, name, institution, email, purpose, plannedUse, periodStart?, periodEnd?, acceptTerms}} */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response ask(String body) {
        JsonObject json = JsonBodies.object(body);
        Dataset dataset = datasets.requireByGlobalId(json.getString("persistentId", null));
        RequestAccessCommand.Result result = engine.submit(new RequestAccessCommand(caller.context(), dataset,
                RequestBodies.fileIds(json), RequestBodies.details(json), json.getBoolean("acceptTerms", false)));
        return ApiResponses.created(Json.createObjectBuilder()
                .add("id", result.requestId())
                .add("confirmationSent", result.confirmationSent())
                .build());
    }

    @GET
    public Response inbox(@QueryParam("state") String state, @QueryParam("persistentId") String persistentId,
                          @QueryParam("institution") String institution, @QueryParam("olderThanDays") Integer older,
                          @QueryParam("limit") @DefaultValue("500") int limit) {
        RequestState wanted = null;
        if (state != null && !state.isBlank()) {
            try {
                wanted = RequestState.valueOf(state.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw SamlingException.badRequest("error.badState", state);
            }
        }
        Long datasetId = persistentId == null ? null : datasets.requireByGlobalId(persistentId).getId();
        return ApiResponses.ok(AccessRequestJson.list(reader.inbox(caller.context(),
                new AccessRequestReader.Filter(wanted, datasetId, institution, older), Math.min(Math.max(limit, 1), 1000))));
    }

    @GET
    @Path("mine")
    public Response mine() {
        return ApiResponses.ok(AccessRequestJson.list(reader.mine(caller.context())));
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response one(@PathParam("id") long id) {
        return ApiResponses.ok(RequestJson.of(reader.one(caller.context(), id)));
    }

    /** The link in a guest's e-mail, for API clients; the site's confirm page does the same for browsers. */
    @POST
    @Path("confirm")
    public Response confirm(@QueryParam("token") String token) {
        engine.submit(new ConfirmGuestCommand(caller.context(), token));
        return ApiResponses.okMessage("Your address is confirmed; the request is with the curators.");
    }

    /** {@code {fileIds?, expires?}} */
    @POST
    @Path("{id: [0-9]+}/grant")
    @Consumes(MediaType.WILDCARD)
    public Response grant(@PathParam("id") long id, String body) {
        RequestContext context = caller.context();
        JsonObject json = body == null || body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT : JsonBodies.object(body);
        RequestRow request = reader.one(context, id);
        Dataset dataset = datasets.require(request.datasetId());
        Instant given = RequestBodies.expiry(json.getString("expires", null));
        var grants = engine.submit(new GrantAccessCommand(context, dataset, id, null, RequestBodies.fileIds(json),
                given != null ? given : grantLengths.defaultEnd(dataset, request.periodEnd())));
        return ApiResponses.ok(Json.createObjectBuilder().add("grants", grants.size()).build());
    }

    /** {@code {reason}} */
    @POST
    @Path("{id: [0-9]+}/reject")
    @Consumes(MediaType.WILDCARD)
    public Response reject(@PathParam("id") long id, String body) {
        RequestContext context = caller.context();
        engine.submit(new RejectAccessCommand(context, datasetOf(context, id), id,
                JsonBodies.object(body).getString("reason", null)));
        return ApiResponses.okMessage("Request " + id + " rejected.");
    }

    /** {@code {question}} */
    @POST
    @Path("{id: [0-9]+}/return")
    @Consumes(MediaType.WILDCARD)
    public Response giveBack(@PathParam("id") long id, String body) {
        RequestContext context = caller.context();
        engine.submit(new ReturnAccessRequestCommand(context, datasetOf(context, id), id,
                JsonBodies.object(body).getString("question", null)));
        return ApiResponses.okMessage("Request " + id + " returned to the requester.");
    }

    /** The requester's answer to a returned request: the request fields again, with {@code acceptTerms}. */
    @POST
    @Path("{id: [0-9]+}/answer")
    @Consumes(MediaType.WILDCARD)
    public Response answer(@PathParam("id") long id, String body) {
        JsonObject json = JsonBodies.object(body);
        RequestContext context = caller.context();
        engine.submit(new AnswerAccessRequestCommand(context, datasetOf(context, id), id, RequestBodies.details(json),
                json.getBoolean("acceptTerms", false)));
        return ApiResponses.okMessage("Request " + id + " is with the curators again.");
    }

    @POST
    @Path("{id: [0-9]+}/withdraw")
    public Response withdraw(@PathParam("id") long id) {
        RequestContext context = caller.context();
        engine.submit(new WithdrawAccessRequestCommand(context, datasetOf(context, id), id));
        return ApiResponses.okMessage("Request " + id + " withdrawn.");
    }

    /** The request's dataset, if the caller may see the request at all. */
    private Dataset datasetOf(RequestContext context, long requestId) {
        RequestRow request = reader.one(context, requestId);
        return datasets.require(request.datasetId());
    }
}
