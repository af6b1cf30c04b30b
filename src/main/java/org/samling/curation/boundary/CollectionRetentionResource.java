package org.samling.curation.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.curation.control.Retention;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/** {@code GET /api/dataverses/{alias}/retention}: the datasets below it the caller curates, by retention date. */
@Path("dataverses/{alias}/retention")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionRetentionResource {

    static final int MAX_LIMIT = 1000;

    @Inject
    Retention retention;

    @Inject
    Collections collections;

    @Inject
    CurrentCaller caller;

    @GET
    public Response list(@PathParam("alias") String alias, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw SamlingException.badRequest("error.badPaging", MAX_LIMIT);
        }
        if (caller.context().isGuest()) {
            throw SamlingException.unauthorized("error.apiKeyRequired");
        }
        JsonArrayBuilder json = Json.createArrayBuilder();
        for (Retention.Entry e : retention.below(caller.context(), collections.require(alias).getPath(), limit)) {
            JsonObjectBuilder one = Json.createObjectBuilder().add("datasetId", e.datasetId())
                    .add("persistentId", e.persistentId()).add("title", e.title()).add("until", e.until().toString())
                    .add("standing", e.standing().name()).add("files", e.files()).add("bytes", e.bytes());
            if (e.action() != null) {
                one.add("action", e.action());
            }
            if (e.extendedBecause() != null) {
                one.add("extendedBecause", e.extendedBecause());
            }
            if (e.filesDestroyedAt() != null) {
                one.add("filesDestroyedAt", e.filesDestroyedAt().toString());
            }
            json.add(one);
        }
        return ApiResponses.ok(json.build());
    }
}
