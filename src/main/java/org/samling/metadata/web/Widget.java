package org.samling.metadata.web;

/** How the form asks for a field's value. */
public enum Widget {
    LINE, AREA, DATE, NUMBER, URL, EMAIL,
    /** one value from a short vocabulary */
    SELECT,
    /** several values from a short vocabulary */
    CHECKS,
    /** a vocabulary too long to list: typed, with suggestions */
    SUGGEST,
    /** a field of parts */
    COMPOUND;

    /** Vocabularies longer than this are typed with suggestions rather than listed. */
    static final int LISTED = 15;
}
