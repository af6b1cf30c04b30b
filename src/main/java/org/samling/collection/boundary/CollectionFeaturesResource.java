package org.samling.collection.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.collection.control.Collections;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/**
 * Dataverse features Samling's collections do not have (featured items, links between
 * collections), answered as a Dataverse with none configured answers, so clients that ask go on.
 */
@Path("dataverses")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionFeaturesResource {

    @Inject
    Collections collections;

    @GET
    @Path("{alias}/featuredItems")
    public Response featuredItems(@PathParam("alias") String alias) {
        collections.require(alias);
        return ApiResponses.ok(Json.createArrayBuilder().build());
    }

    @GET
    @Path("{alias}/links")
    public Response links(@PathParam("alias") String alias) {
        collections.require(alias);
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("linkedDataverses", Json.createArrayBuilder())
                .add("dataversesLinkingToThis", Json.createArrayBuilder())
                .add("linkedDatasets", Json.createArrayBuilder())
                .build());
    }
}
