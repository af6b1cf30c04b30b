package org.samling.metadata.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.platform.rest.ApiResponses;

/** {@code /api/datasetfields}: the metadata fields search may facet on, for clients that offer the choice. */
@Path("datasetfields")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetFieldsResource {

    @Inject
    MetadataBlocks blocks;

    @GET
    @Path("facetables")
    public Response facetables(@HeaderParam("Accept-Language") String language) {
        return ApiResponses.ok(BlockJson.facetable(blocks, MetadataBlocksResource.locale(language)));
    }
}
