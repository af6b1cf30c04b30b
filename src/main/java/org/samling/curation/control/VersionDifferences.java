package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.samling.curation.control.VersionComparison.BlockChanges;
import org.samling.curation.control.VersionComparison.Change;
import org.samling.curation.control.VersionComparison.FieldChange;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.file.control.FileRow;
import org.samling.file.control.VersionFileDiff;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.platform.json.Json;

/**
 * Two versions of a dataset side by side, each as the caller may see it (curator-only fields are
 * already gone for readers): metadata per block with localized labels, terms, and files.
 */
@ApplicationScoped
public class VersionDifferences {

    /** At most this many files of each kind are named; the counts are always complete. */
    public static final int FILES_NAMED = 500;

    public record Labelled(String block, String blockLabel, List<LabelledField> fields) {
    }

    public record LabelledField(String field, String label, Change change, String oldValue, String newValue) {
    }

    public record Difference(List<Labelled> metadata, List<LabelledField> terms, VersionFileDiff.Result files) {
        public boolean isEmpty() {
            return metadata.isEmpty() && terms.isEmpty() && files.isEmpty();
        }
    }

    @Inject
    MetadataBlocks blocks;

    @Inject
    VersionFileDiff fileDiff;

    public Difference between(VisibleDataset older, VisibleDataset newer, Locale locale) {
        List<Labelled> metadata = new ArrayList<>();
        for (BlockChanges block : VersionComparison.metadata(older.metadata().blocks(), newer.metadata().blocks())) {
            String blockLabel = blocks.block(block.block()).map(b -> blocks.displayName(b, locale)).orElse(block.block());
            metadata.add(new Labelled(block.block(), blockLabel, block.fields().stream().map(f -> new LabelledField(
                    f.field(), blocks.field(f.field()).map(d -> blocks.title(d, locale)).orElse(f.field()), f.change(),
                    f.oldValue(), f.newValue())).toList()));
        }
        return new Difference(metadata, terms(older.version(), newer.version()),
                fileDiff.between(older.version().getId(), newer.version().getId(), FILES_NAMED));
    }

    private static List<LabelledField> terms(DatasetVersion a, DatasetVersion b) {
        List<LabelledField> changes = new ArrayList<>();
        term("license", "License/Data Use Agreement", a.getLicense().displayName(), b.getLicense().displayName(), changes);
        term("termsOfAccess", "Terms of Access for Restricted Files", a.getTermsOfAccess(), b.getTermsOfAccess(), changes);
        term("dataUseAgreement", "Dataset Terms", a.getDataUseAgreement(), b.getDataUseAgreement(), changes);
        return changes;
    }

    private static void term(String field, String label, String before, String after, List<LabelledField> changes) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        if (!a.equals(b)) {
            changes.add(new LabelledField(field, label,
                    a.isEmpty() ? Change.ADDED : b.isEmpty() ? Change.REMOVED : Change.CHANGED, a, b));
        }
    }

    /** Dataverse's compare shape; each list only when it has entries, plus Samling's complete counts. */
    public JsonObject json(Difference difference, VisibleDataset older, VisibleDataset newer) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("oldVersion", side(older.version()))
                .add("newVersion", side(newer.version()));
        if (!difference.metadata().isEmpty()) {
            JsonArrayBuilder blocksJson = Json.createArrayBuilder();
            for (Labelled block : difference.metadata()) {
                blocksJson.add(Json.createObjectBuilder().add("blockName", block.blockLabel()).add("block", block.block())
                        .add("changed", fields(block.fields())));
            }
            json.add("metadataChanges", blocksJson);
        }
        VersionFileDiff.Result files = difference.files();
        if (files.added().count() > 0) {
            json.add("filesAdded", summaries(files.added().first()));
        }
        if (files.removed().count() > 0) {
            json.add("filesRemoved", summaries(files.removed().first()));
        }
        if (files.replaced().count() > 0) {
            JsonArrayBuilder replaced = Json.createArrayBuilder();
            files.replaced().first().forEach(pair -> replaced.add(Json.createObjectBuilder()
                    .add("oldFile", summary(pair.before())).add("newFile", summary(pair.after()))));
            json.add("filesReplaced", replaced);
        }
        if (files.changed().count() > 0) {
            JsonArrayBuilder changed = Json.createArrayBuilder();
            for (VersionFileDiff.Pair pair : files.changed().first()) {
                List<LabelledField> fields = VersionComparison.fileFields(pair.before(), pair.after()).stream()
                        .map(VersionDifferences::fileField).toList();
                changed.add(Json.createObjectBuilder().add("fileName", pair.after().label())
                        .add("MD5", pair.after().md5() == null ? "" : pair.after().md5())
                        .add("fileId", pair.after().id()).add("changed", fields(fields)));
            }
            json.add("fileChanges", changed);
        }
        if (!difference.terms().isEmpty()) {
            json.add("TermsOfAccess", Json.createObjectBuilder().add("changed", fields(difference.terms())));
        }
        json.add("counts", Json.createObjectBuilder()
                .add("filesAdded", files.added().count()).add("filesRemoved", files.removed().count())
                .add("filesReplaced", files.replaced().count()).add("fileChanges", files.changed().count()));
        return json.build();
    }

    private static LabelledField fileField(FieldChange change) {
        String label = switch (change.field()) {
            case "label" -> "Label";
            case "directoryLabel" -> "File Path";
            case "description" -> "Description";
            case "category" -> "Categories";
            case "access" -> "isRestricted";
            default -> change.field();
        };
        return new LabelledField(change.field(), label, change.change(), change.oldValue(), change.newValue());
    }

    private static JsonObjectBuilder side(DatasetVersion version) {
        return Json.createObjectBuilder()
                .add("versionNumber", version.isDraft() ? "DRAFT" : version.getFriendlyNumber())
                .add("versionState", version.getState().name())
                .add("lastUpdatedDate", version.getUpdatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    }

    private static JsonArrayBuilder fields(List<LabelledField> fields) {
        JsonArrayBuilder json = Json.createArrayBuilder();
        fields.forEach(f -> json.add(Json.createObjectBuilder().add("fieldName", f.label()).add("field", f.field())
                .add("change", f.change().name().toLowerCase(Locale.ROOT))
                .add("oldValue", f.oldValue()).add("newValue", f.newValue())));
        return json;
    }

    private static JsonArrayBuilder summaries(List<FileRow> files) {
        JsonArrayBuilder json = Json.createArrayBuilder();
        files.forEach(file -> json.add(summary(file)));
        return json;
    }

    private static JsonObjectBuilder summary(FileRow file) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("fileName", file.label())
                .add("MD5", file.md5() == null ? "" : file.md5()).add("type", file.contentType())
                .add("fileId", file.id()).add("isRestricted", file.restricted());
        if (file.directoryLabel() != null && !file.directoryLabel().isEmpty()) {
            json.add("filePath", file.directoryLabel());
        }
        if (file.description() != null) {
            json.add("description", file.description());
        }
        if (file.category() != null) {
            json.add("categories", Json.createArrayBuilder().add(file.category()));
        }
        return json;
    }
}
