package org.samling.dataset.entity;

/**
 * The license a version carries, by name and deed, as it stood when the version was saved (the
 * list the administrator manages may change later). Custom terms have no deed: the version's
 * terms of use say what applies.
 */
public record License(String displayName, String uri) {

    public static final License CC0 = new License("CC0 1.0", "http://creativecommons.org/publicdomain/zero/1.0");

    public static final License CUSTOM = new License("Custom terms", null);

    public boolean isCustom() {
        return equals(CUSTOM);
    }

    /** What the stored columns hold: null name for custom terms. */
    public static License stored(String name, String uri) {
        return name == null ? CUSTOM : new License(name, uri);
    }
}
