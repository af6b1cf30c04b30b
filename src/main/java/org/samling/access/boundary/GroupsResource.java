package org.samling.access.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
import java.util.ArrayList;
import java.util.List;
import org.samling.access.control.DeleteGroupCommand;
import org.samling.access.control.GroupReader;
import org.samling.access.control.GroupSpec;
import org.samling.access.control.SaveGroupCommand;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/**
 * {@code /api/dataverses/{alias}/groups}: groups a collection defines: explicit lists of people,
 * IP ranges (IPv4 and IPv6 CIDR), e-mail domains. Give them roles as {@code &alias}.
 */
@Path("dataverses/{alias}/groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @Inject
    Collections collections;

    @Inject
    GroupReader groups;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @GET
    public Response list(@PathParam("alias") String alias) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (GroupReader.GroupRow group : groups.of(caller.context(), collections.require(alias))) {
            array.add(Json.createObjectBuilder()
                    .add("alias", group.alias())
                    .add("identifier", "&" + group.alias())
                    .add("name", group.name())
                    .add("kind", group.kind())
                    .add("members", strings(group.members()))
                    .add("ipRanges", strings(group.ipRanges()))
                    .add("domains", strings(group.domains())));
        }
        return ApiResponses.ok(array.build());
    }

    /** {@code {"alias", "name", "kind": "EXPLICIT" | "IP_RANGE" | "EMAIL_DOMAIN", "members": [], "ipRanges": [], "domains": []}} */
    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(@PathParam("alias") String alias, String body) {
        long id = engine.submit(new SaveGroupCommand(caller.context(), collections.require(alias), spec(null, body)));
        return ApiResponses.created(Json.createObjectBuilder().add("id", id).build());
    }

    /** Replaces the group's name and contents. */
    @PUT
    @Path("{group}")
    @Consumes(MediaType.WILDCARD)
    public Response replace(@PathParam("alias") String alias, @PathParam("group") String group, String body) {
        Collection collection = collections.require(alias);
        engine.submit(new SaveGroupCommand(caller.context(), collection, spec(group, body)));
        return ApiResponses.okMessage("Group " + group + " saved.");
    }

    @DELETE
    @Path("{group}")
    public Response delete(@PathParam("alias") String alias, @PathParam("group") String group) {
        engine.submit(new DeleteGroupCommand(caller.context(), collections.require(alias), group));
        return ApiResponses.okMessage("Group " + group + " deleted.");
    }

    private static GroupSpec spec(String alias, String body) {
        JsonObject json = JsonBodies.object(body);
        return new GroupSpec(alias != null ? alias : json.getString("alias", null), json.getString("name", null),
                json.getString("kind", null), list(json, "members"), list(json, "ipRanges"), list(json, "domains"));
    }

    private static List<String> list(JsonObject json, String name) {
        List<String> values = new ArrayList<>();
        if (json.get(name) instanceof JsonArray array) {
            array.forEach(value -> {
                if (value instanceof JsonString text) {
                    values.add(text.getString());
                }
            });
        }
        return values;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
