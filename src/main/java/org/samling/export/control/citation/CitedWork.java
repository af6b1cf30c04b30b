package org.samling.export.control.citation;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.samling.dataset.control.Citation;
import org.samling.dataset.control.VisibleDataset;
import org.samling.dataset.entity.GlobalId;
import org.samling.dataset.entity.Languages;

/**
 * What a citation names, read from a version as its caller sees it: an anonymised review link
 * sees no authors, so none of its citations names any.
 *
 * @param authors "Family, Given" as the depositor wrote them
 * @param version "V1", "V1.2" or "DRAFT VERSION"
 */
public record CitedWork(List<String> authors, String title, int year, LocalDate issued, String publisher,
                        String version, GlobalId pid, String text, String language) {

    public static CitedWork of(VisibleDataset visible, String publisher) {
        var dataset = visible.dataset();
        var when = dataset.getPublicationDate() != null ? dataset.getPublicationDate()
                : visible.version().getReleaseTime() != null ? visible.version().getReleaseTime() : visible.version().getCreatedAt();
        LocalDate issued = when.atZone(ZoneOffset.UTC).toLocalDate();
        List<String> authors = visible.anonymised() ? List.of() : visible.metadata().citation().authorNames();
        return new CitedWork(authors, visible.version().getTitle(), issued.getYear(),
                issued, publisher, Citation.versionLabel(visible.version()), dataset.getGlobalId(), Citation.of(visible, publisher),
                visible.metadata().citation().languages().stream().findFirst().flatMap(Languages::code).orElse(null));
    }

    /** The version as a number ("1", "1.2"), as CSL styles print it after their own word for version. */
    public String versionNumber() {
        return version.startsWith("V") ? version.substring(1) : version;
    }

    public boolean isDoi() {
        return pid.protocol().equalsIgnoreCase("doi");
    }

    /** The DOI without its scheme ("10.5072/SAMLING/2VUNRE"), or null for another kind of identifier. */
    public String doi() {
        return isDoi() ? pid.authority() + "/" + pid.identifier() : null;
    }

    public String url() {
        return pid.url();
    }

    /** "Pohlkamp, Lilian" as family and given name; a name without a comma is all family name. */
    public static String[] familyGiven(String name) {
        String[] parts = name.split(",\\s*", 2);
        return parts.length == 2 ? parts : new String[] {name, null};
    }
}
