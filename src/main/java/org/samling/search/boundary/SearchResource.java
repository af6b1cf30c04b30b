package org.samling.search.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.dataset.entity.GlobalId;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.error.SamlingException;
import org.samling.platform.i18n.Messages;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.search.control.FacetField;
import org.samling.search.control.FacetFilter;
import org.samling.search.control.Hit;
import org.samling.search.control.SearchIndex;
import org.samling.search.control.SearchRequest;
import org.samling.search.control.SearchResult;

/**
 * {@code GET /api/search}: Dataverse's Search API (its parameters, item fields and facet
 * shape) over collections, datasets and files, with our snippets ({@code matches}).
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    SearchIndex index;

    @Inject
    CurrentCaller caller;

    @Inject
    Collections collections;

    @Inject
    SamlingConfig config;

    @Inject
    SearchMetadataFields metadata;

    /** The one search service there is: PostgreSQL full text, with the permission filter. */
    @GET
    @Path("services")
    public Response services() {
        return ApiResponses.ok(Json.createObjectBuilder().add("services", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "samling").add("displayName", "Samling search"))).build());
    }

    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("type") List<String> types,
                           @QueryParam("subtree") String subtree, @QueryParam("sort") String sort,
                           @QueryParam("order") String order, @QueryParam("fq") List<String> fq,
                           @QueryParam("start") @DefaultValue("0") String start,
                           @QueryParam("per_page") @DefaultValue("10") String perPage,
                           @QueryParam("show_facets") @DefaultValue("false") boolean showFacets,
                           @QueryParam("show_relevance") @DefaultValue("false") boolean showRelevance,
                           @QueryParam("show_entity_ids") @DefaultValue("false") boolean showEntityIds,
                           @QueryParam("metadata_fields") List<String> metadataFields) {
        if (q == null || q.isBlank()) {
            throw SamlingException.badRequest("error.searchQueryRequired");
        }
        SearchMetadataFields.Wanted wanted = SearchMetadataFields.parse(metadataFields);
        SearchRequest request = new SearchRequest(q, kinds(types),
                subtree == null || subtree.isBlank() ? null : collections.require(subtree).getPath(),
                FacetFilter.parseAll(fq), sort(sort), ascending(sort, order), number(start, "start"),
                number(perPage, "per_page"), showFacets);
        SearchResult result = index.search(caller.context(), request);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Hit hit : result.hits()) {
            JsonObjectBuilder item = item(hit, showEntityIds, showRelevance);
            metadata.of(caller.context(), hit, wanted).ifPresent(blocks -> item.add("metadataBlocks", blocks));
            items.add(item);
        }
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("q", q)
                .add("total_count", result.totalCount())
                .add("start", result.start())
                .add("spelling_alternatives", result.suggestion() == null ? Json.createObjectBuilder()
                        : Json.createObjectBuilder().add(q, Json.createArrayBuilder().add(result.suggestion())))
                .add("items", items)
                .add("count_in_response", result.hits().size());
        if (showFacets) {
            data.add("facets", Json.createArrayBuilder().add(facets(result.facets())));
        }
        return ApiResponses.ok(data.build());
    }

    private static Set<SearchRequest.Kind> kinds(List<String> types) {
        Set<SearchRequest.Kind> kinds = EnumSet.noneOf(SearchRequest.Kind.class);
        for (String type : types) {
            for (String one : type.split(",")) {
                kinds.add(SearchRequest.Kind.named(one.trim())
                        .orElseThrow(() -> SamlingException.badRequest("error.searchTypeUnknown", one)));
            }
        }
        return kinds;
    }

    private static SearchRequest.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchRequest.Sort.RELEVANCE;
        }
        return switch (sort.toLowerCase(java.util.Locale.ROOT)) {
            case "name" -> SearchRequest.Sort.NAME;
            case "date" -> SearchRequest.Sort.DATE;
            case "size" -> SearchRequest.Sort.SIZE;
            case "relevance", "score" -> SearchRequest.Sort.RELEVANCE;
            default -> throw SamlingException.badRequest("error.searchSortUnknown", sort);
        };
    }

    private static boolean ascending(String sort, String order) {
        if (order == null || order.isBlank()) {
            return "name".equalsIgnoreCase(sort);
        }
        return switch (order.toLowerCase(java.util.Locale.ROOT)) {
            case "asc" -> true;
            case "desc" -> false;
            default -> throw SamlingException.badRequest("error.searchOrderUnknown", order);
        };
    }

    private static int number(String value, String name) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw SamlingException.badRequest("error.searchNumberBad", name, value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw SamlingException.badRequest("error.searchNumberBad", name, value);
        }
    }

    private JsonObjectBuilder item(Hit hit, boolean entityIds, boolean relevance) {
        JsonObjectBuilder item = Json.createObjectBuilder().add("name", hit.name())
                .add("type", hit.kind().apiName);
        if (entityIds) {
            item.add("entity_id", hit.isFile() ? hit.fileId() : hit.isDataset() ? hit.datasetId() : hit.id());
        }
        if (relevance) {
            item.add("matches", hit.snippetField() == null ? Json.createArrayBuilder() : Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add(hit.snippetField(), Json.createObjectBuilder()
                                    .add("snippets", Json.createArrayBuilder().add(hit.snippet())))))
                    .add("score", hit.score());
        } else if (hit.snippet() != null && !hit.snippet().isBlank()) {
            item.add("matches", Json.createArrayBuilder().add(Json.createObjectBuilder().add("snippet", hit.snippet())));
        }
        if (hit.publishedAt() != null) {
            item.add("published_at", hit.publishedAt().toString());
        }
        item.add("publicationStatuses", hit.isDraft() ? Json.createArrayBuilder().add("Unpublished").add("Draft")
                : Json.createArrayBuilder().add("Published"));
        switch (hit.kind()) {
            case COLLECTION -> {
                item.add("url", config.siteUrl() + "/dataverse/" + hit.collectionAlias())
                        .add("identifier", hit.collectionAlias());
                addIfPresent(item, "description", hit.description());
            }
            case DATASET -> {
                item.add("url", GlobalId.parse(hit.datasetGlobalId()).map(GlobalId::url).orElse(hit.datasetGlobalId()))
                        .add("global_id", hit.datasetGlobalId())
                        .add("publisher", config.publisher())
                        .add("identifier_of_dataverse", hit.collectionAlias())
                        .add("name_of_dataverse", hit.collectionName())
                        .add("versionState", hit.isDraft() ? "DRAFT" : "RELEASED")
                        .add("subjects", strings(hit.subjects()))
                        .add("authors", strings(hit.authors()))
                        .add("keywords", strings(hit.keywords()));
                addIfPresent(item, "description", hit.description());
            }
            case FILE -> {
                item.add("url", config.siteUrl() + "/api/access/datafile/" + hit.fileId())
                        .add("file_id", String.valueOf(hit.fileId()))
                        .add("file_type", hit.fileType() == null ? "" : hit.fileType())
                        .add("file_content_type", hit.contentType())
                        .add("size_in_bytes", hit.sizeBytes())
                        .add("dataset_name", hit.datasetTitle())
                        .add("dataset_id", String.valueOf(hit.datasetId()))
                        .add("dataset_persistent_id", hit.datasetGlobalId())
                        .add("access", hit.access())
                        .add("versionState", hit.isDraft() ? "DRAFT" : "RELEASED")
                        .add("file_page", config.siteUrl() + "/file.xhtml?fileId=" + hit.fileId()
                                + (hit.cueStart() != null ? "&t=" + hit.cueStart() : ""));
                if (hit.md5() != null) {
                    item.add("md5", hit.md5()).add("checksum", Json.createObjectBuilder().add("type", "MD5").add("value", hit.md5()));
                }
                addIfPresent(item, "description", hit.description());
                if (hit.category() != null && !hit.category().isBlank()) {
                    item.add("categories", Json.createArrayBuilder().add(hit.category()));
                }
                item.add("restricted", !"public".equalsIgnoreCase(hit.access()));
                if (hit.cueStart() != null) {
                    item.add("cue_start", hit.cueStart());
                }
            }
        }
        return item;
    }

    private static JsonObjectBuilder facets(Map<FacetField, Map<String, Long>> facets) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        facets.forEach((field, counts) -> {
            JsonArrayBuilder labels = Json.createArrayBuilder();
            counts.forEach((value, count) -> labels.add(Json.createObjectBuilder().add(value, count)));
            all.add(field.apiName, Json.createObjectBuilder().add("friendly", Messages.english(field.messageKey()))
                    .add("labels", labels));
        });
        return all;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static void addIfPresent(JsonObjectBuilder item, String name, String value) {
        if (value != null && !value.isBlank()) {
            item.add(name, value);
        }
    }
}
