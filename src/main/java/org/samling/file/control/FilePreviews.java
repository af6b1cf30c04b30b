package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/**
 * Builds a file's preview for a caller who may open it (the caller of this class has asked
 * {@link FileDownloads#authorize}): text as paragraphs, CSV as a table, PDF and images
 * inline, and recordings with the timed transcript that belongs to them.
 */
@ApplicationScoped
public class FilePreviews {

    static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;
    static final int MAX_PARAGRAPHS = 2000;
    static final int CSV_ROWS = 200;
    static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");
    static final Set<String> TIMED = Set.of("text/vtt", "application/x-subrip");

    @Inject
    FileDownloads downloads;

    @Inject
    Sql sql;

    @Inject
    ExtractedText extractedText;

    @Inject
    FileTable table;

    public Preview of(RequestContext context, FileDownloads.Download download) {
        FileRow file = download.file();
        String type = file.contentType();
        if (type.equals("application/pdf")) {
            return new Preview(Preview.Kind.PDF, List.of(), null, null, List.of(), false);
        }
        if (IMAGES.contains(type)) {
            return new Preview(Preview.Kind.IMAGE, List.of(), null, null, List.of(), false);
        }
        if (file.isAudio()) {
            List<TimedTranscript.Cue> cues = transcriptOf(context, download)
                    .map(transcript -> TimedTranscript.parse(readText(transcript)))
                    .orElse(List.of());
            return new Preview(Preview.Kind.AUDIO, List.of(), null, file, cues, false);
        }
        if (type.equals("text/csv") || type.equals("text/tab-separated-values")) {
            return new Preview(Preview.Kind.TABLE, List.of(), CsvPreview.read(readText(file), CSV_ROWS), null,
                    List.of(), false);
        }
        Optional<String> text = type.startsWith("text/") || TIMED.contains(type) ? Optional.of(readText(file))
                : extractedText.of(file.id());
        if (text.isEmpty()) {
            return Preview.none();
        }
        List<TimedTranscript.Cue> cues = TimedTranscript.parse(text.get());
        FileRow recording = cues.isEmpty() ? null : recordingOf(context, download).orElse(null);
        if (recording != null) {
            return new Preview(Preview.Kind.AUDIO, List.of(), null, recording, cues, false);
        }
        List<String> paragraphs = Arrays.stream(text.get().split("\\R\\s*\\R"))
                .map(String::strip).filter(p -> !p.isEmpty()).limit(MAX_PARAGRAPHS + 1L).toList();
        boolean truncated = paragraphs.size() > MAX_PARAGRAPHS;
        return new Preview(Preview.Kind.TEXT, truncated ? paragraphs.subList(0, MAX_PARAGRAPHS) : paragraphs, null,
                null, List.of(), truncated);
    }

    /** The timed transcript (WebVTT/SRT first, else text with markers) linked to a recording, if the caller may open it. */
    private Optional<FileRow> transcriptOf(RequestContext context, FileDownloads.Download recording) {
        List<FileRow> linked = sql.list("select " + FileTable.COLUMNS + " from file_metadata fm join datafile f "
                        + "on f.id = fm.datafile_id where fm.dataset_version_id = ? and fm.recording_id = ? "
                        + "order by (f.content_type in ('text/vtt', 'application/x-subrip')) desc, fm.label",
                table.rows(), recording.versionId(), recording.file().id());
        return linked.stream().filter(t -> downloads.mayOpen(context, recording.datasetId(), t)).findFirst();
    }

    /** The recording a transcript points to, if the caller may open it. */
    private Optional<FileRow> recordingOf(RequestContext context, FileDownloads.Download transcript) {
        if (transcript.file().recordingId() == null) {
            return Optional.empty();
        }
        return sql.one("select " + FileTable.COLUMNS + " from file_metadata fm join datafile f on f.id = fm.datafile_id "
                        + "where fm.dataset_version_id = ? and f.id = ?", table.rows(), transcript.versionId(),
                        transcript.file().recordingId())
                .filter(recording -> downloads.mayOpen(context, transcript.datasetId(), recording));
    }

    private String readText(FileRow file) {
        try (InputStream in = downloads.open(file, 0)) {
            byte[] bytes = in.readNBytes(MAX_TEXT_BYTES);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
