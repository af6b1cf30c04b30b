package org.samling.authz;

import java.util.Optional;
import java.util.Set;

/**
 * Who may open which file of one dataset, for one caller: built once (roles, grants in force,
 * review link) and asked per file, so a table, a zip or a preview asks the database once, not
 * once a file. It answers from the table in {@link FileAccess}; {@link FileOpenRule} makes the
 * SQL filter from the same table.
 *
 * @param byRole  the caller's roles let them open restricted and closed files here
 * @param editor  the caller may edit the dataset: they open embargoed files too
 * @param granted files the caller holds access grants for now
 * @param link    the review link the caller came in through, if it is for this dataset
 */
public record Opener(boolean byRole, boolean editor, Set<Long> granted, ReviewLinks.Link link)
        implements java.io.Serializable {

    public Opener {
        granted = Set.copyOf(granted);
    }

    /** Why the caller may open a file at this level, or empty if they may not. */
    public Optional<OpenBasis> basis(long fileId, FileAccess access) {
        for (OpenBasis basis : access.openedBy()) {
            if (holds(basis, fileId)) {
                return Optional.of(basis);
            }
        }
        return Optional.empty();
    }

    public boolean mayOpen(long fileId, FileAccess access) {
        return basis(fileId, access).isPresent();
    }

    /** What the audit log says of opening the file, or null when nothing is worth recording. */
    public String audit(long fileId, FileAccess access) {
        return basis(fileId, access).map(basis -> basis == OpenBasis.REVIEW_LINK
                ? basis.audit() + " " + link.id() : basis.audit()).orElse(null);
    }

    private boolean holds(OpenBasis basis, long fileId) {
        return switch (basis) {
            case ANYONE -> true;
            case ROLE -> byRole;
            case EDITOR -> editor;
            case REVIEW_LINK -> link != null && link.allows(fileId);
            case GRANT -> granted.contains(fileId);
        };
    }
}
