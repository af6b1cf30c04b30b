package org.samling.admin.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.admin.control.Jobs;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;

/** {@code POST /api/admin/jobs/{job}}: runs a scheduled job now (administrators). */
@Path("admin/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobsResource {

    @Inject
    Jobs jobs;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("{job}")
    public Response run(@PathParam("job") String job) {
        JsonObjectBuilder result = Json.createObjectBuilder();
        jobs.run(caller.context(), job).forEach((name, value) -> result.add(name, ((Number) value).longValue()));
        return ApiResponses.ok(result.build());
    }
}
