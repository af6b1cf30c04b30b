package org.samling.dataset.entity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Dataset languages: ISO codes read as names, and the full-text configuration for each. */
public final class Languages {

    private static final Map<String, String> NAMES_BY_CODE = new LinkedHashMap<>();
    private static final Map<String, String> SEARCH_CONFIG = Map.of(
            "Swedish", "swedish",
            "Norwegian Bokmål", "norwegian",
            "Norwegian Nynorsk", "norwegian",
            "Norwegian", "norwegian",
            "English", "english",
            "Danish", "danish",
            "Finnish", "finnish",
            "German", "german",
            "French", "french");

    static {
        NAMES_BY_CODE.put("en", "English");
        NAMES_BY_CODE.put("sv", "Swedish");
        NAMES_BY_CODE.put("nb", "Norwegian Bokmål");
        NAMES_BY_CODE.put("nn", "Norwegian Nynorsk");
        NAMES_BY_CODE.put("no", "Norwegian");
        NAMES_BY_CODE.put("da", "Danish");
        NAMES_BY_CODE.put("fi", "Finnish");
        NAMES_BY_CODE.put("de", "German");
        NAMES_BY_CODE.put("fr", "French");
    }

    private Languages() {
    }

    /** "sv" and "swedish" both read "Swedish"; an unknown name is kept as given. */
    public static String normalize(String language) {
        String trimmed = language.trim();
        String byCode = NAMES_BY_CODE.get(trimmed.toLowerCase(Locale.ROOT));
        if (byCode != null) {
            return byCode;
        }
        return NAMES_BY_CODE.values().stream()
                .filter(name -> name.equalsIgnoreCase(trimmed))
                .findFirst()
                .orElse(trimmed);
    }

    /** The ISO 639-1 code of a language name ("Swedish" reads "sv"), or empty when it has none here. */
    public static java.util.Optional<String> code(String languageName) {
        return NAMES_BY_CODE.entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(languageName.trim()) || e.getKey().equalsIgnoreCase(languageName.trim()))
                .map(Map.Entry::getKey).findFirst();
    }

    public static String searchConfig(String languageName) {
        return SEARCH_CONFIG.getOrDefault(languageName, "simple");
    }

    public static Iterable<String> known() {
        return NAMES_BY_CODE.values();
    }
}
