package org.samling.authz;

/** Why a caller may open a file; {@link FileAccess} says which bases open which level. */
public enum OpenBasis {
    /** Everyone, signed in or not. */
    ANYONE(null),
    /** A role that lets its holder open restricted files of the dataset ({@link Permission#DOWNLOAD_RESTRICTED}). */
    ROLE("by role"),
    /** A role that lets its holder edit the dataset ({@link Permission#EDIT_DATASET}). */
    EDITOR("by role"),
    /** The private review link the caller came in through names the file. */
    REVIEW_LINK("through review link"),
    /** An access grant for the file, in force now. */
    GRANT("under an access grant");

    private final String audit;

    OpenBasis(String audit) {
        this.audit = audit;
    }

    /** What the audit log says of an opening on this basis; null when nothing is worth recording. */
    public String audit() {
        return audit;
    }
}
