package org.samling.file.entity;

import java.util.List;

/** The categories a file can be filed under; collections may add more later. */
public final class FileCategory {

    public static final List<String> STANDARD = List.of(
            "Recording", "Transcript", "Report", "Consent form", "Codebook", "Data", "Documentation");

    private FileCategory() {
    }
}
