package org.samling.pid.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.pid.PidRegistrationReader;
import org.samling.pid.SetPidProviderCommand;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/**
 * {@code /api/dataverses/{alias}/pidProvider}: the PID provider new datasets in a collection get
 * (administrators). {@code PUT} with the provider's name as the body ({@code local},
 * {@code permalink}, {@code datacite}); {@code DELETE} (or an empty body) to inherit again.
 */
@Path("dataverses/{alias}/pidProvider")
@Produces(MediaType.APPLICATION_JSON)
public class PidProviderResource {

    @Inject
    Collections collections;

    @Inject
    PidRegistrationReader reader;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @GET
    public Response get(@PathParam("alias") String alias) {
        String[] providers = reader.providerOf(caller.context(), collections.require(alias));
        return ApiResponses.ok(json(alias, providers[0], providers[1]));
    }

    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response set(@PathParam("alias") String alias, String body) {
        String name = body == null || body.isBlank() ? null : body.strip().replace("\"", "");
        return submit(alias, name);
    }

    @DELETE
    public Response inherit(@PathParam("alias") String alias) {
        return submit(alias, null);
    }

    private Response submit(String alias, String name) {
        Collection collection = collections.require(alias);
        String inForce = engine.submit(new SetPidProviderCommand(caller.context(),
                ObjectRef.collection(collections.require(Collection.ROOT).getId()), collection, name));
        return ApiResponses.ok(json(alias, name, inForce));
    }

    private static jakarta.json.JsonObject json(String alias, String own, String inForce) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("alias", alias).add("pidProvider", inForce);
        if (own == null) {
            json.add("inherited", true);
        } else {
            json.add("inherited", false).add("own", own);
        }
        return json.build();
    }
}
