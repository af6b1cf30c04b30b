package org.samling.access.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.samling.access.control.Assignments;
import org.samling.access.control.CreateRoleCommand;
import org.samling.authz.Permission;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** {@code /api/dataverses/{alias}/roles}: the roles there are to give here, and new ones for this collection. */
@Path("dataverses/{alias}/roles")
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {

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
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Assignments.RoleRow role : assignments.roles(collections.require(alias).getPath())) {
            JsonArrayBuilder permissions = Json.createArrayBuilder();
            role.permissions().forEach(permissions::add);
            array.add(Json.createObjectBuilder().add("id", role.id()).add("alias", role.alias())
                    .add("name", role.name()).add("permissions", permissions)
                    .add("builtIn", role.collectionId() == null));
        }
        return ApiResponses.ok(array.build());
    }

    /** {@code {"alias": "transcriber", "name": "Transcriber", "permissions": ["VIEW_UNPUBLISHED", "EDIT_DATASET"]}} */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(@PathParam("alias") String alias, String body) {
        Collection collection = collections.require(alias);
        JsonObject json = JsonBodies.object(body);
        List<Permission> permissions = new ArrayList<>();
        if (json.get("permissions") instanceof JsonArray array) {
            for (var value : array) {
                try {
                    permissions.add(Permission.valueOf(((JsonString) value).getString().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException | ClassCastException e) {
                    throw SamlingException.badRequest("error.badRolePermissions");
                }
            }
        }
        long id = engine.submit(new CreateRoleCommand(caller.context(), collection, json.getString("alias", null),
                json.getString("name", null), permissions));
        return ApiResponses.created(Json.createObjectBuilder().add("id", id).build());
    }
}
