package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.samling.platform.config.SamlingConfig;

/** Extracts one file: claims it, reads it from the store within the limits, saves what it found. */
@ApplicationScoped
public class ExtractionWorker {

    private static final Logger LOG = Logger.getLogger(ExtractionWorker.class.getName());

    @Inject
    ExtractionResults results;

    @Inject
    TextExtraction extraction;

    @Inject
    FileStore store;

    @Inject
    SamlingConfig config;

    public void extract(long fileId) {
        if (!results.claim(fileId)) {
            return;
        }
        ExtractionResults.Input input = results.input(fileId).orElse(null);
        if (input == null) {
            return;
        }
        ExtractionLimits limits = new ExtractionLimits(config.extractionMaxFileSize(), config.extractionMaxChars(),
                Duration.ofSeconds(config.extractionTimeoutSeconds()));
        ExtractionResult result;
        try {
            result = extraction.extract(() -> store.open(input.storageKey()), input.name(), input.contentType(),
                    input.size(), limits);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "Extraction of file " + fileId + " failed", e);
            result = ExtractionResult.failed("extraction failed: " + e.getClass().getSimpleName(), Map.of());
        }
        results.save(fileId, result);
    }
}
