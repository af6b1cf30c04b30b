package org.samling.export.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.samling.dataset.control.VisibleDataset;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.ExportRecords;
import org.samling.export.control.Exporters;
import org.samling.export.control.Exports;
import org.samling.export.control.Signposts;
import org.samling.export.control.citation.CitationFormat;
import org.samling.export.control.citation.CitedWork;
import org.samling.export.control.citation.CslStyles;
import org.samling.platform.config.SamlingConfig;

/**
 * What a dataset page tells machines and citers: schema.org JSON-LD, Highwire {@code citation_*}
 * tags and Signposting {@code Link} headers for a published version (from its public export),
 * and the "Cite" menu for any version the reader sees.
 */
@Named
@RequestScoped
public class LandingPage {

    @Inject
    Exports exports;

    @Inject
    ExportRecords records;

    @Inject
    Exporters exporters;

    @Inject
    SamlingConfig config;

    @Inject
    org.samling.platform.usage.UsageCounter usage;

    @Inject
    org.samling.account.control.CurrentCaller caller;

    /** The head's machine-readable part; sets the page's {@code Link} header as it goes. */
    public String head(VisibleDataset shown) {
        if (shown.version().isDraft()) {
            return "";
        }
        String version = shown.version().getVersionNumber() + "." + shown.version().getMinorVersionNumber();
        var context = caller.context();
        boolean asEveryone = context.userId() == null && context.reviewLinkId() == null && context.assignees().isEmpty();
        VisibleDataset publicView = asEveryone ? shown : records.open(shown.dataset(), version);
        String jsonLd = exports.of(publicView, "schema.org").body();
        ExportRecord record = records.withPublicFiles(publicView, Signposts.HEADER_ITEMS);
        var response = FacesContext.getCurrentInstance().getExternalContext();
        usage.count(org.samling.platform.usage.UsageCounter.Kind.VIEW, shown.version().getId(), 0, context,
                response.getRequestHeaderMap().get("User-Agent"));
        response.addResponseHeader("Link", Signposts.of(record, exporters.all(), Signposts.HEADER_ITEMS).stream()
                .map(Signposts.Link::header).collect(Collectors.joining(", ")));
        StringBuilder head = new StringBuilder();
        head.append("<script type=\"application/ld+json\">").append(jsonLd.replace("<", "\\u003c")).append("</script>\n");
        meta(head, "citation_title", record.title());
        record.cite().authorNames().forEach(a -> meta(head, "citation_author", a));
        meta(head, "citation_publication_date", record.publicationDate().toString().replace('-', '/'));
        meta(head, "citation_publisher", record.publisher());
        if (record.pid().protocol().equalsIgnoreCase("doi")) {
            meta(head, "citation_doi", record.pid().authority() + "/" + record.pid().identifier());
        }
        meta(head, "citation_keywords", String.join("; ", record.cite().keywords()));
        record.cite().languages().stream().findFirst().ifPresent(l -> meta(head, "citation_language", l));
        meta(head, "citation_abstract_html_url", record.landingUrl());
        meta(head, "DC.identifier", record.pid().url());
        return head.toString();
    }

    private static void meta(StringBuilder head, String name, String content) {
        if (content != null && !content.isBlank()) {
            head.append("<meta name=\"").append(name).append("\" content=\"").append(org.samling.platform.web.Html.escape(content)).append("\"/>\n");
        }
    }

    @Inject
    org.samling.pid.PidQueue pidQueue;

    /** For those who edit the dataset: its identifier's registration that failed and waits to be retried. */
    public org.samling.pid.PidQueue.Pending pidWaiting(VisibleDataset shown) {
        if (!shown.can(org.samling.authz.Permission.EDIT_DATASET)) {
            return null;
        }
        return pidQueue.failingFor(shown.dataset().getId()).orElse(null);
    }

    public long views(VisibleDataset shown) {
        return shown.version().isDraft() ? 0 : usage.versionViews(shown.version().getId());
    }

    public long downloads(VisibleDataset shown) {
        return usage.datasetDownloads(shown.dataset().getId());
    }

    public record CiteLink(String label, String href) {
    }

    /** The formats to download, each at the API address a reference manager can also use. */
    public List<CiteLink> formats(VisibleDataset shown) {
        String base = citationBase(shown);
        return List.of(CitationFormat.BIBTEX, CitationFormat.RIS, CitationFormat.ENDNOTE, CitationFormat.CSLJSON).stream()
                .map(f -> new CiteLink(f.apiName(), base + "/" + f.apiName() + "?persistentId=" + pid(shown))).toList();
    }

    public record Styled(String style, String text) {
    }

    public List<Styled> styles(VisibleDataset shown) {
        CitedWork work = CitedWork.of(shown, config.publisher());
        return List.of(new Styled("APA 7", CslStyles.format(work, "apa", "text")),
                new Styled("Chicago (author-date)", CslStyles.format(work, "chicago-author-date", "text")));
    }

    private String citationBase(VisibleDataset shown) {
        String version = shown.version().isDraft() ? ":draft"
                : shown.version().getVersionNumber() + "." + shown.version().getMinorVersionNumber();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/datasets/:persistentId/versions/" + version + "/citation";
    }

    private static String pid(VisibleDataset shown) {
        return URLEncoder.encode(shown.dataset().getGlobalId().asString(), StandardCharsets.UTF_8);
    }
}
