package org.samling.search.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.samling.metadata.control.MetadataBlocks;
import org.samling.platform.i18n.Messages;
import org.samling.search.control.FacetField;

/**
 * A facet value as the reader's language names it: the index and the API keep the values as
 * Dataverse spells them ({@code Social Sciences}, {@code Word document}, {@code Restricted}),
 * the pages show "Samhällsvetenskap", "Word-dokument", "Begränsad". Values of free fields
 * (keywords, authors) are shown as they were written.
 */
final class FacetValueLabels {

    /** Labels already looked up: a missing translation costs an exception, a page shows some 200 values. */
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();
    private static final int KNOWN_AT_MOST = 20_000;

    private FacetValueLabels() {
    }

    static String label(Locale locale, FacetField field, String value) {
        if (field.vocabulary == null) {
            return value;
        }
        String key = Messages.supported(locale).getLanguage() + '|' + field.name() + '|' + value;
        String known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        String label = lookUp(locale, field, value);
        if (KNOWN.size() >= KNOWN_AT_MOST) {
            KNOWN.clear();
        }
        KNOWN.put(key, label);
        return label;
    }

    /** A file's type as the hit's line shows it ({@code Audio}, {@code PDF}, ...). */
    static String fileType(Locale locale, String value) {
        return value == null ? "" : label(locale, FacetField.FILE_TYPE, value);
    }

    /** A file's access level as the hit's line shows it ({@code Public}, {@code Restricted}, {@code Embargoed}). */
    static String access(Locale locale, String value) {
        return value == null ? "" : label(locale, FacetField.ACCESS, value);
    }

    private static String lookUp(Locale locale, FacetField field, String value) {
        FacetField.Vocabulary vocabulary = field.vocabulary;
        return vocabulary == FacetField.Vocabulary.MESSAGES ? message(locale, field.valueMessageKey(value), value)
                : MetadataBlocks.vocabularyLabel(vocabulary.block(), vocabulary.field(), value, locale);
    }

    private static String message(Locale locale, String key, String otherwise) {
        String text = Messages.get(locale, key);
        return text.equals(key) ? otherwise : text;
    }
}
