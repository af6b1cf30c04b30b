package org.samling.dataset.boundary;

import jakarta.inject.Inject;
import org.samling.platform.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.CreateDatasetCommand;
import org.samling.dataset.control.CreatedDataset;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/** {@code POST /api/dataverses/{alias}/datasets}: creates a dataset from Dataverse dataset JSON. */
@Path("dataverses/{alias}/datasets")
@Produces(MediaType.APPLICATION_JSON)
public class DatasetCreationResource {

    @Inject
    org.samling.dataset.control.Licenses licenses;

    @Inject
    Collections collections;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response create(@PathParam("alias") String alias, InputStream body) {
        Collection collection = collections.require(alias);
        DatasetMetadata metadata = DatasetJsonReader.read(JsonBodies.object(body), licenses);
        CreatedDataset created = engine.submit(new CreateDatasetCommand(caller.context(), collection, metadata));
        return ApiResponses.created(Json.createObjectBuilder()
                .add("id", created.dataset().getId())
                .add("persistentId", created.dataset().getGlobalId().asString())
                .build());
    }
}
