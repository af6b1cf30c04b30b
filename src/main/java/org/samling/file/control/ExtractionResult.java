package org.samling.file.control;

import java.util.Map;
import org.samling.file.entity.ExtractionStatus;

/**
 * What extraction found in a file.
 *
 * @param text      the extracted text, or null when there is none
 * @param truncated the text stops at the character cap
 * @param language  the language of the text (ISO 639-1), when it could be told
 * @param technical duration, codec, sample rate, page count ... by name
 */
public record ExtractionResult(ExtractionStatus status, String message, String text, boolean truncated,
                               String language, Map<String, Object> technical) {

    public static ExtractionResult skipped(String message) {
        return new ExtractionResult(ExtractionStatus.SKIPPED, message, null, false, null, Map.of());
    }

    public static ExtractionResult failed(String message, Map<String, Object> technical) {
        return new ExtractionResult(ExtractionStatus.FAILED, message, null, false, null, technical);
    }
}
