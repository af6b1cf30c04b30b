package org.samling.audit.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.samling.account.control.CurrentCaller;
import org.samling.audit.control.AccessHistory;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/** {@code /api/datasets/:persistentId/accessHistory}: who did and opened what, as JSON or ({@code format=csv}) CSV. */
@Path("datasets/:persistentId/accessHistory")
public class AccessHistoryResource {

    static final int MAX_ENTRIES = 100_000;

    @Inject
    AccessHistory history;

    @Inject
    Datasets datasets;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response get(@QueryParam("persistentId") String persistentId, @QueryParam("format") String format) {
        Dataset dataset = datasets.requireByGlobalId(persistentId);
        List<AccessHistory.Entry> entries = history.of(caller.context(), dataset.getId(), MAX_ENTRIES);
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(AccessHistory.csv(entries), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"access-history-"
                            + dataset.getGlobalId().identifier().replaceAll("[^A-Za-z0-9]+", "_") + ".csv\"")
                    .build();
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AccessHistory.Entry e : entries) {
            var entry = Json.createObjectBuilder().add("when", e.when().toString()).add("who", e.who())
                    .add("what", e.what()).add("target", String.valueOf(e.target()));
            if (e.from() != null) {
                entry.add("from", e.from());
            }
            if (e.details() != null) {
                entry.add("details", e.details());
            }
            array.add(entry);
        }
        return ApiResponses.ok(array.build());
    }
}
