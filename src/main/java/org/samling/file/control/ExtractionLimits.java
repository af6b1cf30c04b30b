package org.samling.file.control;

import java.time.Duration;

/** How much extraction may take from one file: bytes read, characters kept, time spent. */
public record ExtractionLimits(long maxFileSize, int maxChars, Duration timeout) {
}
