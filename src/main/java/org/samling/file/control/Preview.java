package org.samling.file.control;

import java.util.List;

/**
 * What the file page shows of a file's content, for a caller allowed to open it.
 *
 * @param kind       how to show it
 * @param paragraphs text, for text and documents
 * @param table      the first rows, for CSV
 * @param recording  the recording to play (the file itself, or the recording a transcript belongs to)
 * @param cues       the timed passages shown beside the player
 */
public record Preview(Kind kind, List<String> paragraphs, CsvPreview.Table table, FileRow recording,
                      List<TimedTranscript.Cue> cues, boolean truncated) {

    public enum Kind { NONE, PDF, TEXT, TABLE, IMAGE, AUDIO }

    public static Preview none() {
        return new Preview(Kind.NONE, List.of(), null, null, List.of(), false);
    }

    public boolean hasCues() {
        return !cues.isEmpty();
    }
}
