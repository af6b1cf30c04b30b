package org.samling.file.control;

import java.util.Optional;
import java.util.Set;
import org.samling.access.control.ReviewLinks;

/**
 * Who may open which file of one dataset, for one caller: built once (roles, grants in
 * force, review link) and asked per file, so a table, a zip or a preview asks the database
 * once, not once a file.
 *
 * @param byRole  the caller's roles let them open restricted and closed files here
 * @param editor  the caller may edit the dataset: they open embargoed files too
 * @param granted files the caller holds access grants for now
 * @param link    the review link the caller came in through, if it is for this dataset
 */
public record Opener(boolean byRole, boolean editor, Set<Long> granted, ReviewLinks.Link link)
        implements java.io.Serializable {

    /** Why the caller may open a file. */
    public sealed interface Basis {
        /** what the audit log says, or null when nothing is worth recording */
        String audit();
    }

    public record Public() implements Basis {
        public String audit() {
            return null;
        }
    }

    public record Role() implements Basis {
        public String audit() {
            return "by role";
        }
    }

    public record Grant(long fileId) implements Basis {
        public String audit() {
            return "under an access grant";
        }
    }

    public record Review(long linkId) implements Basis {
        public String audit() {
            return "through review link " + linkId;
        }
    }

    /**
     * Public files to all; embargoed files to those who may edit the dataset; restricted and
     * closed files to those whose role lets them open restricted files; the files a review
     * link names to its holder; restricted (not embargoed, not closed) files to holders of a
     * grant in force.
     */
    public Optional<Basis> basis(FileRow file) {
        if (file.isPublic()) {
            return Optional.of(new Public());
        }
        if (file.isEmbargoed() ? editor : byRole) {
            return Optional.of(new Role());
        }
        if (link != null && link.allows(file.id())) {
            return Optional.of(new Review(link.id()));
        }
        if (file.isRequestable() && granted.contains(file.id())) {
            return Optional.of(new Grant(file.id()));
        }
        return Optional.empty();
    }

    public boolean mayOpen(FileRow file) {
        return basis(file).isPresent();
    }

    /**
     * The file as this caller may see it listed: an embargoed file they may not open shows
     * nothing but its name, size and the end of the embargo.
     */
    public FileRow present(FileRow file) {
        if (!file.isEmbargoed() || mayOpen(file)) {
            return file;
        }
        return new FileRow(file.id(), file.label(), file.directoryLabel(), null, null, true, "application/octet-stream",
                file.size(), "", "", "", file.embargoUntil(), null, null,
                org.samling.file.entity.ExtractionStatus.SKIPPED, null, "{}", null, false, null);
    }
}
