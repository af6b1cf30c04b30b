package org.samling.export.control.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.samling.platform.error.SamlingException;

/** A citation formatted in a CSL style (APA 7, Chicago author-date ...) by citeproc-java. */
public final class CslStyles {

    /** The styles offered in the page's menu; any other style of the CSL repository works through the API. */
    public static final List<String> OFFERED = List.of("apa", "chicago-author-date", "harvard-cite-them-right", "ieee");

    /** Formatting parses the style each time (milliseconds): a page shows the same few citations again and again. */
    private static final int KEPT = 5_000;
    private static final org.samling.platform.concurrent.RecentlyUsed<String, String> FORMATTED =
            new org.samling.platform.concurrent.RecentlyUsed<>(KEPT);

    private static final java.util.Map<String, Boolean> SUPPORTED = new java.util.concurrent.ConcurrentHashMap<>();

    private CslStyles() {
    }

    /** @param output "text" or "html" */
    public static String format(CitedWork work, String style, String output) {
        if (style == null || !style.matches("[a-z0-9-]{1,100}") || !SUPPORTED.computeIfAbsent(style, CSL::supportsStyle)) {
            throw SamlingException.badRequest("error.unknownCitationStyle", String.valueOf(style), String.join(", ", OFFERED));
        }
        String key = style + "|" + output + "|" + work;
        String kept = FORMATTED.get(key);
        if (kept != null) {
            return kept;
        }
        try {
            String formatted = CSL.makeAdhocBibliography(style, output, item(work)).makeString().strip();
            FORMATTED.put(key, formatted);
            return formatted;
        } catch (IOException | RuntimeException e) {
            throw SamlingException.badRequest("error.unknownCitationStyle", style, String.join(", ", OFFERED));
        }
    }

    static CSLItemData item(CitedWork work) {
        CSLName[] authors = work.authors().stream().map(CitedWork::familyGiven)
                .map(n -> n[1] == null ? new CSLNameBuilder().literal(n[0]).build()
                        : new CSLNameBuilder().family(n[0]).given(n[1]).build())
                .toArray(CSLName[]::new);
        CSLItemDataBuilder item = new CSLItemDataBuilder().id("dataset").type(CSLType.DATASET).title(work.title())
                .author(authors).issued(work.issued().getYear(), work.issued().getMonthValue(), work.issued().getDayOfMonth())
                .publisher(work.publisher()).version(work.versionNumber()).URL(work.url());
        Optional.ofNullable(work.language()).ifPresent(item::language);
        Optional.ofNullable(work.doi()).ifPresent(item::DOI);
        return item.build();
    }
}
