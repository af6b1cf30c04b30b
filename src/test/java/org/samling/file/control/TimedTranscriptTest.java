package org.samling.file.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimedTranscriptTest {

    @Test
    void readsWebVttWithSpeakers() {
        List<TimedTranscript.Cue> cues = TimedTranscript.parse("""
                WEBVTT

                00:00:05.000 --> 00:00:11.000
                <v Intervjuare>Fortsatte ni med fysiska möten?

                intro-2
                00:00:12.000 --> 00:01:24.500
                <v Företrädare>Ja, i mindre grupper
                och med <b>avstånd</b>.
                """);
        assertEquals(2, cues.size());
        assertEquals(new TimedTranscript.Cue(5, 11, "Intervjuare", "Fortsatte ni med fysiska möten?"), cues.get(0));
        assertEquals(84.5, cues.get(1).end());
        assertEquals("Ja, i mindre grupper och med avstånd.", cues.get(1).text());
        assertEquals("00:12", cues.get(1).startLabel());
    }

    @Test
    void readsSubRip() {
        List<TimedTranscript.Cue> cues = TimedTranscript.parse("1\r\n01:00:02,500 --> 01:00:04,000\r\nHei\r\n\r\n");
        assertEquals(List.of(new TimedTranscript.Cue(3602.5, 3604, null, "Hei")), cues);
        assertEquals("1:00:02", cues.get(0).startLabel());
    }

    @Test
    void readsBracketMarkersInPlainText() {
        List<TimedTranscript.Cue> cues = TimedTranscript.parse("""
                Intervju IP03

                [00:00:05] Intervjuare: Fortsatte ni?
                [00:00:12] Företrädare: Ja.
                """);
        assertEquals(2, cues.size());
        assertEquals(new TimedTranscript.Cue(5, 12, "Intervjuare", "Fortsatte ni?"), cues.get(0));
        assertEquals("Företrädare", cues.get(1).speaker());
    }

    @Test
    void markersInsideOneLongLineStillSeparatePassages() {
        List<TimedTranscript.Cue> cues = TimedTranscript.parse(
                "SYNTETISKT [00:00:05] Intervjuare: Hur har ert arbete förändrats? [00:00:13] Företrädare: Vi gick över.");
        assertEquals(2, cues.size());
        assertEquals(new TimedTranscript.Cue(5, 13, "Intervjuare", "Hur har ert arbete förändrats?"), cues.get(0));
        assertEquals("Vi gick över.", cues.get(1).text());
    }

    @Test
    void plainProseHasNoCues() {
        assertTrue(TimedTranscript.parse("Just a report.\nNo times here.").isEmpty());
    }
}
