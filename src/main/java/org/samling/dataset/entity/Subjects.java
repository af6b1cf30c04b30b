package org.samling.dataset.entity;

import java.util.List;

/** The subject vocabulary of the citation block, as in Dataverse. */
public final class Subjects {

    public static final List<String> ALL = List.of(
            "Agricultural Sciences", "Arts and Humanities", "Astronomy and Astrophysics",
            "Business and Management", "Chemistry", "Computer and Information Science",
            "Earth and Environmental Sciences", "Engineering", "Law", "Mathematical Sciences",
            "Medicine, Health and Life Sciences", "Physics", "Social Sciences", "Other");

    private Subjects() {
    }

    public static boolean isKnown(String subject) {
        return ALL.contains(subject);
    }
}
