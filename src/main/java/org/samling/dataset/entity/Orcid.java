package org.samling.dataset.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/** ORCID iDs: 0000-0002-1825-0097, with its ISO 7064 11,2 check digit. */
public final class Orcid {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

    private Orcid() {
    }

    /** The bare iD if the value (optionally an orcid.org URL) is a valid one. */
    public static Optional<String> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String id = value.trim().replaceFirst("^https?://orcid\\.org/", "").toUpperCase();
        if (!FORM.matcher(id).matches()) {
            return Optional.empty();
        }
        String digits = id.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int check = (12 - total % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return digits.charAt(15) == expected ? Optional.of(id) : Optional.empty();
    }
}
