package org.samling.export.control;

import java.util.ArrayList;
import java.util.List;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.file.control.FileRow;

/**
 * FAIR Signposting for a published version: the typed links a machine follows from the
 * landing page (cite-as, describedby for each export, item for each public file, license,
 * type, author), as {@code Link} header values and as a linkset.
 */
public final class Signposts {

    /** The header carries this many items at most; the linkset carries them all. */
    public static final int HEADER_ITEMS = 20;

    public record Link(String target, String rel, String type) {
        public String header() {
            return "<" + target + ">; rel=\"" + rel + "\"" + (type == null ? "" : "; type=\"" + type + "\"");
        }
    }

    private Signposts() {
    }

    public static List<Link> of(ExportRecord record, List<Exporter> exporters, int maxItems) {
        List<Link> links = new ArrayList<>();
        links.add(new Link(record.pid().url(), "cite-as", null));
        for (Exporter exporter : exporters) {
            links.add(new Link(record.exportUrl(exporter.name()), "describedby", exporter.mediaType()));
        }
        links.add(new Link("https://schema.org/AboutPage", "type", null));
        links.add(new Link("https://schema.org/Dataset", "type", null));
        var license = record.license();
        if (!license.isCustom() && license.uri() != null) {
            links.add(new Link(license.uri(), "license", null));
        }
        for (CitationMetadata.Author author : record.cite().authors()) {
            if (author.orcid() != null && !author.orcid().isBlank()) {
                links.add(new Link(org.samling.export.control.format.DataCite.orcidUrl(author.orcid()),
                        "author", null));
            }
        }
        record.publicFiles().stream().limit(maxItems).forEach((FileRow file) ->
                links.add(new Link(record.fileUrl(file), "item", file.contentType())));
        return links;
    }
}
