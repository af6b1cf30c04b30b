package org.samling.dataset.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.AddLicenseCommand;
import org.samling.dataset.control.ChangeLicenseCommand;
import org.samling.dataset.control.ChangeLicenseCommand.Change;
import org.samling.dataset.control.Licenses;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** {@code /api/licenses}: the list depositors choose from, in Dataverse's shape; administrators change it. */
@Path("licenses")
@Produces(MediaType.APPLICATION_JSON)
public class LicensesResource {

    @Inject
    Licenses licenses;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    Collections collections;

    @GET
    public Response all() {
        JsonArrayBuilder json = Json.createArrayBuilder();
        licenses.all().forEach(license -> json.add(json(license)));
        return ApiResponses.ok(json.build());
    }

    @GET
    @Path("{id: [0-9]+}")
    public Response one(@PathParam("id") long id) {
        return ApiResponses.ok(json(licenses.require(id)).build());
    }

    @GET
    @Path("default")
    public Response defaultOne() {
        long id = licenses.all().stream().filter(Licenses.Entry::isDefault).findFirst().map(Licenses.Entry::id).orElse(0L);
        return ApiResponses.okMessage("Default license ID is " + id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response add(String body) {
        JsonObject json = JsonBodies.object(body);
        if (json.containsKey("id")) {
            throw SamlingException.badRequest("error.licenseNoId");
        }
        if (!json.containsKey("sortOrder")) {
            throw SamlingException.badRequest("error.licenseSortOrder");
        }
        long id = engine.submit(new AddLicenseCommand(caller.context(), root(), json.getString("name", null),
                json.getString("uri", null), json.getString("shortDescription", null), json.getString("iconUrl", null),
                json.getString("rightsIdentifier", null), json.getBoolean("active", true), json.getInt("sortOrder")));
        return Response.created(URI.create("/api/licenses/" + id)).entity(Json.createObjectBuilder()
                .add("status", "OK").add("data", Json.createObjectBuilder().add("message", "License created")).build())
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("default/{id: [0-9]+}")
    public Response makeDefault(@PathParam("id") long id) {
        change(id, Change.MAKE_DEFAULT, 0);
        return ApiResponses.okMessage("Default license ID set to " + id);
    }

    @PUT
    @Path("{id: [0-9]+}/:active/{active: true|false}")
    public Response active(@PathParam("id") long id, @PathParam("active") boolean active) {
        change(id, active ? Change.ACTIVATE : Change.DEACTIVATE, 0);
        return ApiResponses.okMessage("License ID " + id + " set to " + (active ? "active" : "inactive"));
    }

    @PUT
    @Path("{id: [0-9]+}/:sortOrder/{order: -?[0-9]+}")
    public Response sortOrder(@PathParam("id") long id, @PathParam("order") int order) {
        change(id, Change.SORT_ORDER, order);
        return ApiResponses.okMessage("License ID " + id + " sort order set to " + order);
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public Response delete(@PathParam("id") long id) {
        change(id, Change.DELETE, 0);
        return ApiResponses.okMessage("OK. License with ID " + id + " was deleted.");
    }

    private void change(long id, Change change, int value) {
        engine.submit(new ChangeLicenseCommand(caller.context(), root(), id, change, value));
    }

    private ObjectRef root() {
        return ObjectRef.collection(collections.require(Collection.ROOT).getId());
    }

    static JsonObjectBuilder json(Licenses.Entry license) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", license.id())
                .add("name", license.name());
        if (license.shortDescription() != null) {
            json.add("shortDescription", license.shortDescription());
        }
        json.add("uri", license.uri());
        if (license.iconUrl() != null) {
            json.add("iconUrl", license.iconUrl());
        }
        json.add("active", license.active()).add("isDefault", license.isDefault()).add("sortOrder", license.sortOrder());
        if (license.rightsIdentifier() != null) {
            json.add("rightsIdentifier", license.rightsIdentifier()).add("rightsIdentifierScheme", "SPDX")
                    .add("schemeUri", "https://spdx.org/licenses/").add("languageCode", "en");
        }
        return json;
    }
}
