package org.samling.export.control.format;

import java.util.List;
import java.util.Map;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.XmlOut;
import org.samling.file.control.FileRow;

/** The DDI codebook as a readable, printable HTML page: citation, study, methods, access, files. */
final class HtmlCodebook {

    private HtmlCodebook() {
    }

    static String page(ExportRecord record) {
        CitationMetadata cite = record.cite();
        XmlOut html = new XmlOut(Map.of("", "http://www.w3.org/1999/xhtml"), false);
        html.open("html").attr("lang", "en").open("head").open("meta").attr("charset", "utf-8").close()
                .element("title", record.title()).close();
        html.open("body").element("h1", record.title());
        if (cite.alternativeTitle() != null) {
            html.element("p", cite.alternativeTitle());
        }
        html.element("h2", "Citation").element("p", record.citation());
        table(html, List.of(
                new String[] {"Identifier", record.pid().asString()},
                new String[] {"Version", record.versionNumber()},
                new String[] {"Publisher", record.publisher()},
                new String[] {"Published", record.publicationDate().toString()},
                new String[] {"Authors", String.join("; ", cite.authors().stream()
                        .map(a -> a.affiliation() == null ? a.name() : a.name() + " (" + a.affiliation() + ")").toList())},
                new String[] {"Subjects", String.join("; ", cite.subjects())},
                new String[] {"Keywords", String.join("; ", cite.keywords())},
                new String[] {"Languages", String.join("; ", cite.languages())},
                new String[] {"License", record.license().displayName()}));
        if (record.tombstone()) {
            html.element("p", "This version was deaccessioned: " + record.version().getDeaccessionReason());
            return html.close().close().finish();
        }
        html.element("h2", "Study description");
        cite.descriptions().forEach(d -> html.element("p", d));
        table(html, List.of(
                new String[] {"Time period covered", String.join("; ", DataCite.range(record, "timePeriodCovered"))},
                new String[] {"Date of collection", String.join("; ", DataCite.range(record, "dateOfCollection"))},
                new String[] {"Geographic coverage", String.join("; ", record.entries("geospatial", "geographicCoverage")
                        .stream().map(p -> String.join(", ", p.values())).toList())},
                new String[] {"Kind of data", String.join("; ", record.texts("citation", "kindOfData"))},
                new String[] {"Unit of analysis", String.join("; ", record.texts("socialscience", "unitOfAnalysis"))},
                new String[] {"Universe", String.join("; ", record.texts("socialscience", "universe"))}));
        html.element("h2", "Methodology");
        table(html, List.of(
                new String[] {"Time method", String.join("; ", record.texts("socialscience", "timeMethod"))},
                new String[] {"Sampling procedure", String.join("; ", record.texts("socialscience", "samplingProcedure"))},
                new String[] {"Collection mode", String.join("; ", record.texts("socialscience", "collectionMode"))},
                new String[] {"Research instrument", String.join("; ", record.texts("socialscience", "researchInstrument"))}));
        html.element("h2", "Access");
        html.element("p", record.version().getTermsOfAccess()).element("p", record.version().getDataUseAgreement());
        html.element("h2", "Files");
        html.open("table").open("thead").open("tr");
        for (String head : List.of("File", "Category", "Type", "Size (bytes)", "Access")) {
            html.element("th", head);
        }
        html.close().close().open("tbody");
        for (FileRow file : record.files()) {
            html.open("tr").element("td", file.path()).open("td").text(file.category() == null ? "" : file.category()).close()
                    .element("td", file.contentType()).element("td", String.valueOf(file.size()))
                    .element("td", file.access().name().toLowerCase(java.util.Locale.ROOT)).close();
        }
        html.close().close();
        return html.close().close().finish();
    }

    private static void table(XmlOut html, List<String[]> rows) {
        html.open("table");
        for (String[] row : rows) {
            if (row[1] != null && !row[1].isBlank()) {
                html.open("tr").element("th", row[0]).element("td", row[1]).close();
            }
        }
        html.close();
    }
}
