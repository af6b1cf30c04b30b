package org.samling.platform.i18n;

import java.util.Locale;

/** Byte counts as people read them: 4.8 MB, 20 GB. */
public final class Sizes {

    private static final String[] UNITS = {"bytes", "kB", "MB", "GB", "TB"};

    private Sizes() {
    }

    public static String human(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
