package org.samling.search.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.samling.account.control.CurrentCaller;
import org.samling.collection.control.Collections;
import org.samling.dataset.entity.GlobalId;
import org.samling.platform.config.SamlingConfig;
import org.samling.search.control.FacetFilter;
import org.samling.search.control.Hit;
import org.samling.search.control.SearchIndex;
import org.samling.search.control.SearchRequest;
import org.samling.search.control.SearchResult;

/**
 * {@code GET /api/search/feed?q=...&fq=...}: an Atom feed of the newest datasets matching a
 * search, as the caller may see them, for a feed reader to follow.
 */
@Path("search/feed")
public class SearchFeedResource {

    static final int ENTRIES = 50;
    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    SearchIndex index;

    @Inject
    CurrentCaller caller;

    @Inject
    Collections collections;

    @Inject
    SamlingConfig config;

    @GET
    @Produces("application/atom+xml;charset=utf-8")
    public Response feed(@QueryParam("q") String q, @QueryParam("fq") List<String> fq,
                         @QueryParam("subtree") String subtree) {
        String query = q == null || q.isBlank() ? "*" : q;
        SearchRequest request = new SearchRequest(query, Set.of(SearchRequest.Kind.DATASET),
                subtree == null || subtree.isBlank() ? null : collections.require(subtree).getPath(),
                FacetFilter.parseAll(fq), SearchRequest.Sort.DATE, false, 0, ENTRIES, false);
        SearchResult result = index.search(caller.context(), request);
        StreamingOutput body = out -> {
            try {
                XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
                write(xml, query, result);
                xml.flush();
            } catch (XMLStreamException e) {
                throw new java.io.IOException(e);
            }
        };
        return Response.ok(body).build();
    }

    private void write(XMLStreamWriter xml, String query, SearchResult result) throws XMLStreamException {
        String site = config.siteUrl();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "title", config.publisher() + ": " + query);
        element(xml, "id", site + "/api/search/feed?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        Instant updated = result.hits().stream().map(Hit::publishedAt).filter(java.util.Objects::nonNull).findFirst()
                .orElse(Instant.EPOCH);
        element(xml, "updated", updated.toString());
        link(xml, site + "/search.xhtml?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        for (Hit hit : result.hits()) {
            String url = GlobalId.parse(hit.datasetGlobalId()).map(GlobalId::url).orElse(hit.datasetGlobalId());
            xml.writeStartElement("entry");
            element(xml, "title", hit.name());
            element(xml, "id", url);
            link(xml, site + "/dataset.xhtml?persistentId=" + hit.datasetGlobalId());
            element(xml, "updated", (hit.publishedAt() == null ? Instant.EPOCH : hit.publishedAt()).toString());
            for (String author : hit.authors()) {
                xml.writeStartElement("author");
                element(xml, "name", author);
                xml.writeEndElement();
            }
            if (hit.description() != null) {
                element(xml, "summary", hit.description());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", href);
    }
}
