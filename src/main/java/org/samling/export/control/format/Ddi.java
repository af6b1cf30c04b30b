package org.samling.export.control.format;

import java.util.List;
import java.util.Map;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.export.control.ExportRecord;
import org.samling.export.control.XmlOut;
import org.samling.file.control.FileRow;

/**
 * DDI Codebook 2.5: the study's citation, its social-science description (unit of analysis,
 * universe, sampling, collection mode, time method, instruments), access terms, related
 * publications, and one file description per file. Elements follow the schema's order.
 */
final class Ddi {

    static final String NAMESPACE = "ddi:codebook:2_5";
    static final String SCHEMA = "https://ddialliance.org/Specification/DDI-Codebook/2.5/XMLSchema/codebook.xsd";

    private Ddi() {
    }

    static String codebook(ExportRecord record) {
        XmlOut xml = new XmlOut(Map.of("", NAMESPACE, "xsi", XmlOut.XSI), true);
        xml.open("codeBook").attr("xsi:schemaLocation", NAMESPACE + " " + SCHEMA).attr("version", "2.5");
        docDscr(xml, record);
        stdyDscr(xml, record);
        if (!record.tombstone()) {
            for (FileRow file : record.files()) {
                fileDscr(xml, record, file);
            }
        }
        xml.close();
        return xml.finish();
    }

    private static void docDscr(XmlOut xml, ExportRecord record) {
        xml.open("docDscr").open("citation");
        xml.open("titlStmt").element("titl", record.title()).element("IDNo", "agency", agency(record), record.pid().asString()).close();
        xml.open("distStmt").element("distrbtr", record.publisher())
                .element("distDate", record.releaseDate().toString()).close();
        xml.open("verStmt").attr("source", "archive").open("version").attr("date", record.releaseDate().toString())
                .attr("type", record.version().getState().name()).text(record.versionNumber()).close().close();
        xml.element("biblCit", record.citation());
        xml.close().close();
    }

    private static void stdyDscr(XmlOut xml, ExportRecord record) {
        CitationMetadata cite = record.cite();
        xml.open("stdyDscr").open("citation");
        xml.open("titlStmt").element("titl", record.title());
        record.texts("citation", "subtitle").forEach(s -> xml.element("subTitl", s));
        if (cite.alternativeTitle() != null) {
            xml.element("altTitl", cite.alternativeTitle());
        }
        xml.element("IDNo", "agency", agency(record), record.pid().asString()).close();
        if (!cite.authors().isEmpty()) {
            xml.open("rspStmt");
            cite.authors().forEach(a -> xml.element("AuthEnty", "affiliation", a.affiliation(), a.name()));
            xml.close();
        }
        List<Map<String, String>> producers = record.entries("citation", "producer");
        List<Map<String, String>> grants = record.entries("citation", "grantNumber");
        if (!producers.isEmpty() || !grants.isEmpty()) {
            xml.open("prodStmt");
            producers.forEach(p -> xml.element("producer", "affiliation", p.get("producerAffiliation"), p.get("producerName")));
            grants.forEach(g -> xml.element("grantNo", "agency", g.get("grantNumberAgency"), g.get("grantNumberValue")));
            xml.close();
        }
        xml.open("distStmt").element("distrbtr", record.publisher());
        cite.contacts().forEach(c -> xml.element("contact", c.name()));
        xml.element("depDate", cite.dateOfDeposit()).element("distDate", record.publicationDate().toString()).close();
        xml.open("holdings").attr("URI", record.pid().url()).close();
        xml.close();
        if (record.tombstone()) {
            xml.open("notes").text("This version was deaccessioned: " + record.version().getDeaccessionReason()).close();
            xml.close();
            return;
        }
        stdyInfo(xml, record);
        method(xml, record);
        dataAccs(xml, record);
        List<String> publications = record.entries("citation", "publication").stream()
                .map(p -> p.get("publicationCitation")).filter(p -> p != null && !p.isBlank()).toList();
        if (!publications.isEmpty()) {
            xml.open("othrStdyMat");
            publications.forEach(p -> xml.open("relPubl").open("citation").open("titlStmt").element("titl", p)
                    .close().close().close());
            xml.close();
        }
        record.text("citation", "notesText").ifPresent(n -> xml.element("notes", n));
        xml.close();
    }

    private static void stdyInfo(XmlOut xml, ExportRecord record) {
        CitationMetadata cite = record.cite();
        xml.open("stdyInfo");
        if (!cite.keywords().isEmpty() || !cite.subjects().isEmpty()) {
            xml.open("subject");
            cite.keywords().forEach(k -> xml.element("keyword", k));
            cite.subjects().forEach(s -> xml.element("topcClas", s));
            xml.close();
        }
        cite.descriptions().forEach(d -> xml.element("abstract", d));
        xml.open("sumDscr");
        period(xml, record, "timePrd", "timePeriodCovered");
        period(xml, record, "collDate", "dateOfCollection");
        List<Map<String, String>> places = record.entries("geospatial", "geographicCoverage");
        places.forEach(p -> xml.element("nation", p.get("country")));
        places.forEach(p -> {
            for (String key : List.of("state", "city", "otherGeographicCoverage")) {
                xml.element("geogCover", p.get(key));
            }
        });
        record.texts("geospatial", "geographicUnit").forEach(u -> xml.element("geogUnit", u));
        record.texts("socialscience", "unitOfAnalysis").forEach(u -> xml.element("anlyUnit", u));
        record.texts("socialscience", "universe").forEach(u -> xml.element("universe", u));
        record.texts("citation", "kindOfData").forEach(k -> xml.element("dataKind", k));
        xml.close();
        xml.close();
    }

    private static void period(XmlOut xml, ExportRecord record, String element, String field) {
        for (Map<String, String> range : record.entries("citation", field)) {
            String start = range.get(field + "Start");
            String end = range.get(field + "End");
            if (start != null) {
                xml.open(element).attr("event", "start").attr("date", start).text(start).close();
            }
            if (end != null) {
                xml.open(element).attr("event", "end").attr("date", end).text(end).close();
            }
        }
    }

    private static void method(XmlOut xml, ExportRecord record) {
        String[][] collection = {
                {"timeMeth", "timeMethod"}, {"dataCollector", "dataCollector"},
                {"collectorTraining", "collectorTraining"}, {"frequenc", "frequencyOfDataCollection"},
                {"sampProc", "samplingProcedure"}, {"deviat", "deviationsFromSampleDesign"},
                {"collMode", "collectionMode"}, {"resInstru", "researchInstrument"},
                {"collSitu", "dataCollectionSituation"}, {"actMin", "actionsToMinimizeLoss"},
                {"ConOps", "controlOperations"}, {"weight", "weighting"}, {"cleanOps", "cleaningOperations"}};
        boolean any = false;
        for (String[] pair : collection) {
            any |= !record.texts("socialscience", pair[1]).isEmpty();
        }
        if (!any) {
            return;
        }
        xml.open("method").open("dataColl");
        for (String[] pair : collection) {
            record.texts("socialscience", pair[1]).forEach(v -> xml.element(pair[0], v));
        }
        xml.close();
        record.text("socialscience", "socialScienceNotes").ifPresent(n -> xml.element("notes", n));
        xml.close();
    }

    private static void dataAccs(XmlOut xml, ExportRecord record) {
        String terms = record.version().getTermsOfAccess();
        String agreement = record.version().getDataUseAgreement();
        var license = record.license();
        xml.open("dataAccs");
        if (terms != null && !terms.isBlank()) {
            xml.open("setAvail").element("accsPlac", record.landingUrl()).close();
        }
        xml.open("useStmt");
        xml.element("restrctn", terms);
        xml.element("citReq", record.citation());
        xml.element("conditions", agreement);
        if (!license.isCustom()) {
            xml.element("disclaimer", license.displayName() + (license.uri() == null ? "" : " " + license.uri()));
        }
        xml.close();
        xml.close();
    }

    private static void fileDscr(XmlOut xml, ExportRecord record, FileRow file) {
        xml.open("fileDscr").attr("ID", "f" + file.id()).attr("URI", record.fileUrl(file));
        xml.open("fileTxt").element("fileName", file.path());
        xml.element("fileCont", file.description());
        xml.element("fileType", file.contentType());
        xml.close();
        xml.element("notes", "level", "file", file.category());
        xml.element("notes", "type", "access", file.access().name().toLowerCase(java.util.Locale.ROOT));
        xml.close();
    }

    private static String agency(ExportRecord record) {
        return record.pid().protocol().equalsIgnoreCase("doi") ? "DOI" : record.pid().protocol();
    }
}
