package org.samling.file.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;

/**
 * Apache Tika, configured once (see {@code tika-config.xml}): detects what a file really is
 * from its bytes, with the name only as a hint, and provides the parser extraction uses.
 */
@ApplicationScoped
public class ContentAnalysis {

    private TikaConfig config;
    private Detector detector;
    private Parser parser;

    @PostConstruct
    void configure() {
        try (InputStream xml = ContentAnalysis.class.getResourceAsStream("/tika-config.xml")) {
            config = new TikaConfig(xml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TikaException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("Cannot read tika-config.xml", e);
        }
        detector = config.getDetector();
        parser = new AutoDetectParser(config);
    }

    /** The file's media type without parameters, e.g. {@code application/pdf}, whatever its name claims. */
    public String detect(Path file, String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(file)) {
            MediaType type = detector.detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            return ContentTypes.DEFAULT;
        }
    }

    Parser parser() {
        return parser;
    }
}
