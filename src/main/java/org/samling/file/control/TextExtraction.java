package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.samling.file.entity.ExtractionStatus;
import org.xml.sax.SAXException;

/**
 * Reads text and technical metadata out of one file, within limits: files over the size
 * limit are skipped, text stops at the character cap, and parsing stops at the deadline.
 * A file that cannot be parsed fails with the reason; nothing here throws.
 */
@ApplicationScoped
public class TextExtraction {

    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());

    /** Types whose text is worth keeping: transcripts and reports. */
    static final Set<String> TEXT_TYPES = Set.of(
            "text/plain", "text/csv", "text/vtt", "application/x-subrip", "text/html", "application/xhtml+xml",
            "application/pdf", "application/rtf", "application/msword", "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/markdown",
            "text/x-web-markdown", "text/tab-separated-values");

    @Inject
    ContentAnalysis analysis;

    @Inject
    LanguageGuess languages;

    public ExtractionResult extract(FileSource source, String name, String contentType, long size,
                                    ExtractionLimits limits) {
        boolean text = TEXT_TYPES.contains(contentType) || contentType.startsWith("text/");
        boolean audio = contentType.startsWith("audio/");
        if (!text && !audio) {
            return ExtractionResult.skipped("no text or technical metadata is read from " + contentType);
        }
        if (size > limits.maxFileSize()) {
            return ExtractionResult.skipped("larger than the extraction limit of " + limits.maxFileSize() + " bytes");
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        WriteOutContentHandler collected = new WriteOutContentHandler(text ? limits.maxChars() : 0);
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        boolean truncated = false;
        try (InputStream in = source.open(); TikaInputStream tika = TikaInputStream.get(in)) {
            analysis.parser().parse(tika, new Deadline(new BodyContentHandler(collected), deadline), metadata,
                    new ParseContext());
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = text;
            } else if (e instanceof DeadlineException) {
                return ExtractionResult.failed("took longer than " + limits.timeout().toSeconds() + " s",
                        TechnicalMetadata.from(metadata));
            } else {
                return ExtractionResult.failed("unreadable: " + firstLine(e.getMessage()), TechnicalMetadata.from(metadata));
            }
        } catch (TikaException | IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Extraction failed for " + name, e);
            return ExtractionResult.failed("unreadable " + contentType + ": " + firstLine(e.getMessage()),
                    TechnicalMetadata.from(metadata));
        }
        Map<String, Object> technical = new LinkedHashMap<>(TechnicalMetadata.from(metadata));
        if (audio && !technical.containsKey("durationSeconds")) {
            pcmDuration(source).ifPresent(seconds -> technical.put("durationSeconds", seconds));
        }
        if (!text) {
            return new ExtractionResult(ExtractionStatus.DONE, null, null, false, null, technical);
        }
        String content = collected.toString().strip();
        String language = languages.of(content);
        if (language != null) {
            technical.put("language", language);
        }
        return new ExtractionResult(ExtractionStatus.DONE, truncated ? "text cut at " + limits.maxChars() + " characters"
                : null, content, truncated, language, technical);
    }

    /** WAV and AIFF carry no duration tag; the frame count says it. */
    private static java.util.Optional<Double> pcmDuration(FileSource source) {
        try (InputStream in = new BufferedInputStream(source.open())) {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(in);
            float frameRate = format.getFormat().getFrameRate();
            if (format.getFrameLength() > 0 && frameRate > 0) {
                return java.util.Optional.of(TechnicalMetadata.round(format.getFrameLength() / frameRate));
            }
        } catch (IOException | UnsupportedAudioFileException e) {
            LOG.log(Level.FINE, "No PCM duration", e);
        }
        return java.util.Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    /** Where to read a file's bytes from, as often as needed. */
    @FunctionalInterface
    public interface FileSource {
        InputStream open() throws IOException;
    }

    static final class DeadlineException extends SAXException {
        DeadlineException() {
            super("time limit reached");
        }
    }

    /** Stops a parse that runs past its deadline at the next piece of output. */
    private static final class Deadline extends ContentHandlerDecorator {
        private final long deadline;

        Deadline(org.xml.sax.ContentHandler handler, long deadline) {
            super(handler);
            this.deadline = deadline;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
                throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }

        private void check() throws SAXException {
            if (System.nanoTime() > deadline) {
                throw new DeadlineException();
            }
        }
    }
}
