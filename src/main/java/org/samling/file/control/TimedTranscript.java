package org.samling.file.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a timed transcript into passages with start and end times: WebVTT, SubRip (SRT), or
 * plain text with {@code [hh:mm:ss]} markers at the start of lines. Speaker tags
 * ({@code <v Name>} in WebVTT, {@code Name:} after a marker) become the passage's speaker.
 */
public final class TimedTranscript {

    public record Cue(double start, double end, String speaker, String text) {
        /** "00:05" or "1:02:05", as a player shows it. */
        public String startLabel() {
            long total = (long) start;
            long hours = total / 3600;
            return hours > 0 ? String.format("%d:%02d:%02d", hours, total % 3600 / 60, total % 60)
                    : String.format("%02d:%02d", total / 60, total % 60);
        }
    }

    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})\\s*-->\\s*((?:\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}).*$");
    private static final Pattern VOICE = Pattern.compile("^<v(?:\\.[^ >]*)?\\s+([^>]+)>(.*)$");
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?)]");
    private static final Pattern SPEAKER = Pattern.compile("^([^:]{1,60}):\\s+(.*)$");
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");

    private TimedTranscript() {
    }

    /** The passages, or an empty list when the text carries no times. */
    public static List<Cue> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
        List<Cue> cues = cuesWithTimings(normalized);
        return cues.isEmpty() ? markedLines(normalized) : cues;
    }

    private static List<Cue> cuesWithTimings(String text) {
        List<Cue> cues = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher timing = TIMING.matcher(lines[i]);
            if (!timing.matches()) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            int j = i + 1;
            while (j < lines.length && !lines[j].isBlank()) {
                body.append(body.isEmpty() ? "" : " ").append(lines[j].trim());
                j++;
            }
            String speaker = null;
            String content = body.toString();
            Matcher voice = VOICE.matcher(content);
            if (voice.matches()) {
                speaker = voice.group(1).trim();
                content = voice.group(2);
            }
            content = TAGS.matcher(content).replaceAll("").trim();
            cues.add(new Cue(seconds(timing.group(1)), seconds(timing.group(2)), speaker, content));
            i = j;
        }
        return cues;
    }

    /** Text with {@code [hh:mm:ss]} markers: each marker starts a passage that runs to the next one. */
    private static List<Cue> markedLines(String text) {
        List<Cue> cues = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        double start = -1;
        int from = -1;
        while (marker.find()) {
            if (from >= 0) {
                cues.add(cue(start, seconds(marker.group(1)), text.substring(from, marker.start())));
            }
            start = seconds(marker.group(1));
            from = marker.end();
        }
        if (from >= 0) {
            int end = text.indexOf("\n\n", from);
            cues.add(cue(start, Double.MAX_VALUE, text.substring(from, end < 0 ? text.length() : end)));
        }
        return cues;
    }

    private static Cue cue(double start, double end, String passage) {
        String content = passage.replaceAll("\\s+", " ").trim();
        String speaker = null;
        Matcher named = SPEAKER.matcher(content);
        if (named.matches()) {
            speaker = named.group(1).trim();
            content = named.group(2).trim();
        }
        return new Cue(start, end, speaker, content);
    }

    /** "01:02:03.500", "02:03,5" or "02:03" in seconds. */
    static double seconds(String time) {
        String[] parts = time.replace(',', '.').split(":");
        double total = 0;
        for (String part : parts) {
            total = total * 60 + Double.parseDouble(part);
        }
        return total;
    }
}
