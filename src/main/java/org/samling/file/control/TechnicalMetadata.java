package org.samling.file.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tika.metadata.Metadata;

/** Picks the technical facts a depositor and a reader care about out of what Tika reports. */
final class TechnicalMetadata {

    private TechnicalMetadata() {
    }

    static Map<String, Object> from(Metadata metadata) {
        Map<String, Object> facts = new LinkedHashMap<>();
        number(metadata, "xmpDM:duration").ifPresent(seconds -> facts.put("durationSeconds", round(seconds)));
        number(metadata, "xmpDM:audioSampleRate", "samplerate").ifPresent(rate -> facts.put("sampleRate", rate.intValue()));
        number(metadata, "channels").ifPresent(channels -> facts.put("channels", channels.intValue()));
        number(metadata, "bits").ifPresent(bits -> facts.put("bitsPerSample", bits.intValue()));
        String codec = first(metadata, "xmpDM:audioCompressor");
        if (codec == null && first(metadata, "encoding") != null && first(metadata, "encoding").startsWith("PCM")) {
            codec = "PCM";
        }
        if (codec != null) {
            facts.put("codec", codec);
        }
        number(metadata, "xmpTPg:NPages").ifPresent(pages -> facts.put("pageCount", pages.intValue()));
        String charset = first(metadata, "Content-Encoding");
        if (charset != null) {
            facts.put("charset", charset);
        }
        return facts;
    }

    static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    private static java.util.Optional<Double> number(Metadata metadata, String... names) {
        for (String name : names) {
            String value = first(metadata, name);
            if (value != null) {
                try {
                    return java.util.Optional.of(Double.parseDouble(value.trim()));
                } catch (NumberFormatException e) {
                    // a value that is not a number is not a fact we can use
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String first(Metadata metadata, String name) {
        String value = metadata.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
