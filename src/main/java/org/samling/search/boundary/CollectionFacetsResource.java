package org.samling.search.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.collection.control.Collections;
import org.samling.platform.i18n.Messages;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.search.control.FacetField;

/**
 * Dataverse's {@code /dataverses/{alias}/facets}: the facets a collection's search and browse
 * offer (every collection offers all of them, curators also see the state). With
 * {@code returnDetails=true} each comes with an id and its English name, as the JavaScript client asks.
 */
@Path("dataverses/{alias}/facets")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionFacetsResource {

    @Inject
    Collections collections;

    @GET
    public Response facets(@PathParam("alias") String alias, @QueryParam("returnDetails") boolean details) {
        collections.require(alias);
        JsonArrayBuilder facets = Json.createArrayBuilder();
        for (FacetField field : FacetField.values()) {
            if (details) {
                facets.add(Json.createObjectBuilder().add("id", String.valueOf(field.ordinal() + 1))
                        .add("name", field.apiName).add("displayName", Messages.english(field.messageKey())));
            } else {
                facets.add(field.apiName);
            }
        }
        return ApiResponses.ok(facets.build());
    }
}
