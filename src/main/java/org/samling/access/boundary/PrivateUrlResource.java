package org.samling.access.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.access.control.UseReviewLinkCommand;
import org.samling.account.control.CurrentCaller;
import org.samling.authz.ReviewLinks;
import org.samling.dataset.boundary.DatasetAnswers;
import org.samling.dataset.control.Citation;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.VisibleDataset;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.rest.ApiResponses;

/**
 * Dataverse's private-URL reads by token: the draft, and its citation, as the review link shows
 * them (authors hidden for an anonymised link, only its files openable). The token is the
 * credential; each read is recorded in the dataset's access history as a use of the link.
 */
@Path("datasets/privateUrlDatasetVersion")
@Produces(MediaType.APPLICATION_JSON)
public class PrivateUrlResource {

    @Inject
    ReviewLinks links;

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    DatasetAnswers answers;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @Inject
    SamlingConfig config;

    @GET
    @Path("{token}")
    public Response version(@PathParam("token") String token) {
        Review review = review(token);
        return answers.version(review.reviewer(), review.draft(), false);
    }

    @GET
    @Path("{token}/citation")
    public Response citation(@PathParam("token") String token) {
        return ApiResponses.okMessage(Citation.of(review(token).draft(), config.publisher()));
    }

    private record Review(RequestContext reviewer, VisibleDataset draft) {
    }

    private Review review(String token) {
        RequestContext asked = caller.context();
        RequestContext guest = RequestContext.guest(asked.ipAddress(), asked.time()).withLanguage(asked.language());
        ReviewLinks.Link link = links.byToken(token, guest.time()).flatMap(id -> links.inForce(guest.withReviewLink(id)))
                .orElseThrow(() -> SamlingException.notFound("error.reviewLinkUnknown"));
        RequestContext reviewer = guest.withReviewLink(link.id());
        engine.submit(new UseReviewLinkCommand(reviewer, link.id(), link.datasetId()));
        return new Review(reviewer, reader.open(reviewer, datasets.require(link.datasetId()), ":draft"));
    }
}
