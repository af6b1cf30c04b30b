package org.samling.dataset.entity;

import java.util.Arrays;
import java.util.Optional;

/** The licenses a dataset can carry, by name, SPDX id and deed. */
public enum License {
    CC0("CC0 1.0", "CC0-1.0", "http://creativecommons.org/publicdomain/zero/1.0"),
    CC_BY("CC BY 4.0", "CC-BY-4.0", "http://creativecommons.org/licenses/by/4.0");

    private final String displayName;
    private final String spdx;
    private final String uri;

    License(String displayName, String spdx, String uri) {
        this.displayName = displayName;
        this.spdx = spdx;
        this.uri = uri;
    }

    public String displayName() {
        return displayName;
    }

    public String spdx() {
        return spdx;
    }

    public String uri() {
        return uri;
    }

    /** Finds a license by its name, SPDX id or URI, ignoring case. */
    public static Optional<License> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim();
        return Arrays.stream(values())
                .filter(l -> l.displayName.equalsIgnoreCase(wanted) || l.spdx.equalsIgnoreCase(wanted)
                        || l.uri.equalsIgnoreCase(wanted.replaceFirst("/$", ""))
                        || l.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
