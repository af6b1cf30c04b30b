package org.samling.search.boundary;

import jakarta.inject.Inject;
import org.samling.platform.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.dataset.entity.GlobalId;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.rest.ApiResponses;
import org.samling.search.control.SearchHit;
import org.samling.search.control.SearchPage;
import org.samling.search.control.SearchService;

/** {@code GET /api/search?q=}: the Dataverse Search API's shape, over datasets. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    CurrentCaller caller;

    @Inject
    Collections collections;

    @Inject
    SamlingConfig config;

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("type") String type,
                           @QueryParam("subtree") String subtree,
                           @QueryParam("start") @DefaultValue("0") int start,
                           @QueryParam("per_page") @DefaultValue("10") int perPage) {
        if (q == null || q.isBlank()) {
            throw SamlingException.badRequest("error.searchQueryRequired");
        }
        if (type != null && !type.equals("dataset")) {
            return ApiResponses.ok(page(new SearchPage(q, 0, start, java.util.List.of())).build());
        }
        String within = subtree == null ? null : collections.require(subtree).getPath();
        SearchPage page = search.search(caller.context(), q, within, start, perPage);
        return ApiResponses.ok(page(page).build());
    }

    private JsonObjectBuilder page(SearchPage page) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.hits().forEach(hit -> items.add(item(hit)));
        return Json.createObjectBuilder()
                .add("q", page.query())
                .add("total_count", page.totalCount())
                .add("start", page.start())
                .add("count_in_response", page.hits().size())
                .add("items", items);
    }

    private JsonObjectBuilder item(SearchHit hit) {
        JsonArrayBuilder authors = Json.createArrayBuilder();
        hit.authors().forEach(authors::add);
        JsonArrayBuilder keywords = Json.createArrayBuilder();
        hit.keywords().forEach(keywords::add);
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("name", hit.title())
                .add("type", "dataset")
                .add("url", GlobalId.parse(hit.globalId()).map(GlobalId::url).orElse(hit.globalId()))
                .add("global_id", hit.globalId())
                .add("publisher", config.publisher())
                .add("identifier_of_dataverse", hit.collectionAlias())
                .add("name_of_dataverse", hit.collectionName())
                .add("versionState", hit.versionState())
                .add("authors", authors)
                .add("keywords", keywords);
        if (hit.description() != null) {
            item.add("description", hit.description());
        }
        if (hit.publishedAt() != null) {
            item.add("published_at", hit.publishedAt().toString());
        }
        return item;
    }
}
