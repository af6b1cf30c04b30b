package org.samling.export.control.citation;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.samling.export.control.XmlOut;
import org.samling.platform.json.Json;

/** The formats reference managers import, under Dataverse's names. */
public enum CitationFormat {

    BIBTEX("BibTeX", "application/x-bibtex", "bib"),
    RIS("RIS", "application/x-research-info-systems", "ris"),
    ENDNOTE("EndNote", "text/xml", "xml"),
    CSLJSON("CSLJson", "application/vnd.citationstyles.csl+json", "json"),
    INTERNAL("Internal", "text/plain", "txt");

    private final String apiName;
    private final String mediaType;
    private final String extension;

    CitationFormat(String apiName, String mediaType, String extension) {
        this.apiName = apiName;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String apiName() {
        return apiName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<CitationFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName.equalsIgnoreCase(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(CitationFormat::apiName).collect(Collectors.joining(", "));
    }

    public String write(CitedWork work) {
        return switch (this) {
            case BIBTEX -> bibtex(work);
            case RIS -> ris(work);
            case ENDNOTE -> endnote(work);
            case CSLJSON -> csl(work);
            case INTERNAL -> work.text();
        };
    }

    private static String bibtex(CitedWork work) {
        StringBuilder out = new StringBuilder("@data{");
        out.append((work.isDoi() ? work.doi() : work.pid().identifier()).replaceAll("[^A-Za-z0-9./_-]", "_"))
                .append('_').append(work.year()).append(",\n");
        if (!work.authors().isEmpty()) {
            field(out, "author", String.join(" and ", work.authors()));
        }
        field(out, "publisher", work.publisher());
        out.append("title = {{").append(bib(work.title())).append("}},\n");
        field(out, "year", String.valueOf(work.year()));
        field(out, "version", work.version());
        if (work.isDoi()) {
            field(out, "doi", work.doi());
        }
        out.append("url = {").append(bib(work.url())).append("}\n}\n");
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append(" = {").append(bib(value)).append("},\n");
    }

    /** Braces and backslashes would end a BibTeX value early; the other specials are escaped. */
    private static String bib(String value) {
        return value.replace("\\", "\\textbackslash{}").replace("{", "\\{").replace("}", "\\}")
                .replace("&", "\\&").replace("%", "\\%").replace("#", "\\#").replace("$", "\\$").replace("_", "\\_")
                .replace("\n", " ");
    }

    private static String ris(CitedWork work) {
        StringBuilder out = new StringBuilder();
        out.append("Provider: ").append(line(work.publisher())).append("\r\n");
        out.append("Content: text/plain; charset=\"utf-8\"\r\n");
        tag(out, "TY", "DATA");
        tag(out, "T1", work.title());
        work.authors().forEach(a -> tag(out, "AU", a));
        if (work.isDoi()) {
            tag(out, "DO", work.doi());
        }
        tag(out, "ET", work.version());
        tag(out, "PY", String.valueOf(work.year()));
        tag(out, "DA", work.issued().toString().replace('-', '/'));
        tag(out, "UR", work.url());
        tag(out, "PB", work.publisher());
        out.append("ER  - \r\n");
        return out.toString();
    }

    private static void tag(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(line(value)).append("\r\n");
    }

    private static String line(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }

    private static String endnote(CitedWork work) {
        XmlOut xml = new XmlOut(Map.of(), true);
        xml.open("xml").open("records").open("record");
        xml.open("ref-type").attr("name", "Dataset").text("59").close();
        xml.open("contributors").open("authors");
        work.authors().forEach(a -> xml.element("author", a));
        xml.close().close();
        xml.open("titles").element("title", work.title()).close();
        xml.element("section", work.issued().toString());
        xml.open("dates").element("year", String.valueOf(work.year())).close();
        xml.element("edition", work.version());
        xml.element("publisher", work.publisher());
        xml.open("urls").open("related-urls").element("url", work.url()).close().close();
        if (work.isDoi()) {
            xml.element("electronic-resource-num", "doi/" + work.doi());
        }
        xml.close().close().close();
        return xml.finish();
    }

    private static String csl(CitedWork work) {
        JsonArrayBuilder authors = Json.createArrayBuilder();
        for (String author : work.authors()) {
            String[] name = CitedWork.familyGiven(author);
            JsonObjectBuilder person = Json.createObjectBuilder().add("family", name[0]);
            if (name[1] != null) {
                person.add("given", name[1]);
            }
            authors.add(person);
        }
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("id", work.pid().asString())
                .add("type", "dataset")
                .add("title", work.title())
                .add("author", authors)
                .add("issued", Json.createObjectBuilder().add("date-parts", Json.createArrayBuilder()
                        .add(Json.createArrayBuilder().add(work.issued().getYear()).add(work.issued().getMonthValue())
                                .add(work.issued().getDayOfMonth()))))
                .add("publisher", work.publisher())
                .add("version", work.version())
                .add("URL", work.url());
        if (work.isDoi()) {
            item.add("DOI", work.doi());
        }
        return item.build().toString();
    }
}
