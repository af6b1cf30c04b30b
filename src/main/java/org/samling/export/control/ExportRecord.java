package org.samling.export.control;

import jakarta.json.JsonArray;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.samling.collection.entity.Collection;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.dataset.entity.GlobalId;
import org.samling.dataset.entity.License;
import org.samling.dataset.entity.MetadataFields;
import org.samling.file.control.FileRow;

/**
 * A published version as everyone may see it, which is all an export may say: metadata without
 * curator-only fields, and files as an anonymous reader sees them listed (an embargoed file by
 * its name and size only). Restricted files are described, never their contents.
 *
 * @param lineage    the collections from the root down to the dataset's own
 * @param landingUrl the dataset page of this version
 */
public record ExportRecord(VisibleDataset visible, List<Collection> lineage, List<FileRow> files, String publisher,
                           String citation, String landingUrl, String siteUrl) {

    public Dataset dataset() {
        return visible.dataset();
    }

    public DatasetVersion version() {
        return visible.version();
    }

    public DatasetMetadata metadata() {
        return visible.metadata();
    }

    public GlobalId pid() {
        return dataset().getGlobalId();
    }

    public Collection collection() {
        return lineage.get(lineage.size() - 1);
    }

    public CitationMetadata cite() {
        return metadata().citation();
    }

    public String title() {
        return version().getTitle();
    }

    /** A withdrawn version exports as a tombstone: who, what and why it is gone, nothing more. */
    public boolean tombstone() {
        return version().isDeaccessioned();
    }

    public int publicationYear() {
        return (dataset().getPublicationDate() != null ? dataset().getPublicationDate() : version().getReleaseTime())
                .atZone(ZoneOffset.UTC).getYear();
    }

    public LocalDate publicationDate() {
        return (dataset().getPublicationDate() != null ? dataset().getPublicationDate() : version().getReleaseTime())
                .atZone(ZoneOffset.UTC).toLocalDate();
    }

    public LocalDate releaseDate() {
        return version().getReleaseTime().atZone(ZoneOffset.UTC).toLocalDate();
    }

    public String versionNumber() {
        return version().getVersionNumber() + "." + version().getMinorVersionNumber();
    }

    public License license() {
        return version().getLicense();
    }

    public JsonArray fields(String block) {
        return DatasetMetadata.fieldsOf(metadata().blocks(), block);
    }

    public Optional<String> text(String block, String typeName) {
        return Optional.ofNullable(MetadataFields.text(fields(block), typeName)).filter(s -> !s.isBlank());
    }

    /** A field's values, whether it holds one or many. */
    public List<String> texts(String block, String typeName) {
        return MetadataFields.find(fields(block), typeName).map(MetadataFields::texts).orElse(List.of())
                .stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    public List<Map<String, String>> entries(String block, String typeName) {
        return MetadataFields.entries(fields(block), typeName);
    }

    public List<FileRow> publicFiles() {
        return files.stream().filter(FileRow::isPublic).toList();
    }

    public String fileUrl(FileRow file) {
        return siteUrl + "/api/access/datafile/" + file.id();
    }

    public String exportUrl(String exporter) {
        return siteUrl + "/api/datasets/export?exporter=" + exporter + "&persistentId="
                + java.net.URLEncoder.encode(pid().asString(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
