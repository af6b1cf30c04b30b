package org.samling.file.entity;

/** Who may open a file: everyone, those granted access, or nobody before a date (embargo). */
public enum FileAccess {
    PUBLIC, RESTRICTED, EMBARGOED
}
