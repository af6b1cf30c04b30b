package org.samling.admin.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.admin.control.Jobs;
import java.time.Duration;
import org.samling.platform.error.SamlingException;
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
    public Response run(@PathParam("job") String job, @QueryParam("graceSeconds") Long graceSeconds) {
        if (graceSeconds != null && graceSeconds < 0) {
            throw SamlingException.badRequest("error.badGrace");
        }
        JsonObjectBuilder result = Json.createObjectBuilder();
        jobs.run(caller.context(), job, Duration.ofSeconds(graceSeconds == null ? 3600 : graceSeconds)).forEach((name, value) -> result.add(name, ((Number) value).longValue()));
        return ApiResponses.ok(result.build());
    }
}
