package org.samling.export.control.format;

import java.util.Map;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.Languages;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.XmlOut;

/** The fifteen Dublin Core elements, as {@code oai_dc} and as DCMI terms. */
final class DublinCore {

    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";

    private DublinCore() {
    }

    static String oaiDc(ExportRecord record) {
        XmlOut xml = new XmlOut(Map.of("oai_dc", OAI_DC, "dc", DC, "xsi", XmlOut.XSI), true);
        xml.open("oai_dc:dc").attr("xsi:schemaLocation", OAI_DC + " " + OAI_DC_SCHEMA);
        elements(xml, record, "dc");
        xml.close();
        return xml.finish();
    }

    static String dcTerms(ExportRecord record) {
        XmlOut xml = new XmlOut(Map.of("dcterms", DCTERMS, "xsi", XmlOut.XSI), true);
        xml.open("dcterms:metadata");
        elements(xml, record, "dcterms");
        xml.close();
        return xml.finish();
    }

    private static void elements(XmlOut xml, ExportRecord record, String ns) {
        CitationMetadata cite = record.cite();
        xml.element(ns + ":title", record.title());
        xml.element(ns + ":identifier", record.pid().url());
        cite.authors().forEach(a -> xml.element(ns + ":creator", a.name()));
        xml.element(ns + ":publisher", record.publisher());
        xml.element(ns + ":date", record.publicationDate().toString());
        xml.element(ns + ":type", "Dataset");
        if (record.tombstone()) {
            xml.element(ns + ":description", "This version was deaccessioned: " + record.version().getDeaccessionReason());
            return;
        }
        cite.subjects().forEach(s -> xml.element(ns + ":subject", s));
        cite.keywords().forEach(k -> xml.element(ns + ":subject", k));
        cite.descriptions().forEach(d -> xml.element(ns + ":description", d));
        cite.contacts().forEach(c -> xml.element(ns + ":contributor", c.name()));
        record.texts("citation", "kindOfData").forEach(k -> xml.element(ns + ":type", k));
        record.files().stream().map(f -> f.contentType()).distinct().forEach(t -> xml.element(ns + ":format", t));
        cite.languages().forEach(l -> xml.element(ns + ":language", Languages.code(l).orElse(l)));
        record.entries("citation", "publication").forEach(p -> xml.element(ns + ":relation", p.get("publicationCitation")));
        record.entries("geospatial", "geographicCoverage").forEach(p -> xml.element(ns + ":coverage", String.join(", ", p.values())));
        DataCite.range(record, "timePeriodCovered").forEach(r -> xml.element(ns + ":coverage", r));
        var license = record.license();
        xml.element(ns + ":rights", license.isCustom() ? record.version().getDataUseAgreement()
                : license.displayName() + (license.uri() == null ? "" : " " + license.uri()));
    }
}
