package org.samling.platform.rest;

import org.samling.platform.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("info")
@Produces(MediaType.APPLICATION_JSON)
public class InfoResource {

    public static final String VERSION = "0.1.0";

    @jakarta.inject.Inject
    org.samling.platform.config.SamlingConfig config;

    /** The most bytes a zip of files may hold: a whole version (zips stream, so no smaller limit applies). */
    @GET
    @Path("zipDownloadLimit")
    public Response zipDownloadLimit() {
        return ApiResponses.ok(Json.createValue(config.datasetQuota()));
    }

    /** The settings Dataverse's clients ask for; -1 for the longest embargo means no limit, as in Dataverse. */
    @GET
    @Path("settings/{name}")
    public Response setting(@jakarta.ws.rs.PathParam("name") String name) {
        return switch (name) {
            case ":MaxEmbargoDurationInMonths" -> ApiResponses.okMessage("-1");
            case ":DatasetPublishPopupCustomText", ":PublishDatasetDisclaimerText" -> ApiResponses.okMessage("");
            case ":ApplicationTermsOfUse" -> ApiResponses.okMessage("");
            default -> ApiResponses.error(404, "Setting " + name + " not found");
        };
    }

    /** Samling sets no terms of use for the whole site; each dataset carries its own terms. */
    @GET
    @Path("applicationTermsOfUse")
    public Response applicationTermsOfUse() {
        return ApiResponses.okMessage("There are no Terms of Use for this installation: each dataset states its own terms.");
    }

    @GET
    @Path("version")
    public Response version() {
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("version", VERSION)
                .add("build", "samling")
                .build());
    }
}
