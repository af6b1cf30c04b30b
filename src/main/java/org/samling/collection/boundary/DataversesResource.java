package org.samling.collection.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.control.CreateCollectionCommand;
import org.samling.collection.control.SetFileCategoriesCommand;
import org.samling.collection.control.SetGrantDaysCommand;
import org.samling.collection.control.SetRequireReviewCommand;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** {@code /api/dataverses/{alias}}: read a collection, create one inside it, change a setting. */
@Path("dataverses")
@Produces(MediaType.APPLICATION_JSON)
public class DataversesResource {

    @Inject
    Collections collections;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("{alias}")
    public Response get(@PathParam("alias") String alias) {
        return ApiResponses.ok(CollectionJson.of(collections.require(alias)));
    }

    /** Collections are published when they are made: publishing one answers with it, as Dataverse does. */
    @POST
    @Path("{alias}/actions/:publish")
    public Response publish(@PathParam("alias") String alias) {
        return get(alias);
    }

    @PUT
    @Path("{alias}")
    @Consumes(MediaType.WILDCARD)
    public Response update(@PathParam("alias") String alias, InputStream body) {
        Collection collection = collections.require(alias);
        JsonObject json = JsonBodies.object(body);
        Collection updated = engine.submit(new org.samling.collection.control.UpdateCollectionCommand(caller.context(),
                collection, json.getString("alias", null), json.getString("name", null),
                json.getString("description", null), json.getString("affiliation", null)));
        return ApiResponses.ok(CollectionJson.of(updated));
    }

    /** Only an empty collection, neither datasets nor collections in it, may be removed. */
    @jakarta.ws.rs.DELETE
    @Path("{alias}")
    public Response delete(@PathParam("alias") String alias) {
        Collection collection = collections.require(alias);
        engine.submit(new org.samling.collection.control.DeleteCollectionCommand(caller.context(), collection));
        return ApiResponses.okMessage("Dataverse " + collection.getId() + " deleted");
    }

    @POST
    @Path("{alias}")
    @Consumes(MediaType.WILDCARD)
    public Response create(@PathParam("alias") String parentAlias, InputStream body) {
        Collection parent = collections.require(parentAlias);
        JsonObject json = JsonBodies.object(body);
        Collection created = engine.submit(new CreateCollectionCommand(caller.context(), parent,
                json.getString("alias", null), json.getString("name", null),
                json.getString("description", null), json.getString("affiliation", null)));
        return ApiResponses.created(CollectionJson.of(created));
    }

    /**
     * Dataverse's call for one setting. Samling's collections have two of their own: {@code grantDays}
     * and {@code fileCategories} (the categories the collection adds for files, separated by commas).
     */
    @PUT
    @Path("{alias}/attribute/{attribute}")
    @Consumes(MediaType.WILDCARD)
    public Response setAttribute(@PathParam("alias") String alias, @PathParam("attribute") String attribute,
                                 @QueryParam("value") String value) {
        Collection collection = collections.require(alias);
        if ("fileCategories".equals(attribute)) {
            List<String> names = value == null ? List.of() : List.of(value.split(","));
            return ApiResponses.ok(CollectionJson.of(engine.submit(
                    new SetFileCategoriesCommand(caller.context(), collection, names))));
        }
        if ("requireReview".equals(attribute)) {
            if (!"true".equals(value) && !"false".equals(value)) {
                throw SamlingException.badRequest("error.badBoolean", "requireReview");
            }
            return ApiResponses.ok(CollectionJson.of(engine.submit(
                    new SetRequireReviewCommand(caller.context(), collection, Boolean.parseBoolean(value)))));
        }
        if (!"grantDays".equals(attribute)) {
            throw SamlingException.badRequest("error.unknownAttribute", attribute);
        }
        int days;
        try {
            days = Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw SamlingException.badRequest("error.badGrantDays", SetGrantDaysCommand.MIN, SetGrantDaysCommand.MAX);
        }
        return ApiResponses.ok(CollectionJson.of(engine.submit(new SetGrantDaysCommand(caller.context(), collection, days))));
    }
}
