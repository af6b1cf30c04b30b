package org.samling.authz;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may open a file, as stored on each version's entry for it ({@code file_metadata.access}):
 * everyone (public); those granted access on request (restricted); nobody but the dataset's
 * own people before a date (embargoed, restricted after it), or at all (closed: no requests).
 * Each level names the {@link OpenBasis bases} that open it: the one table both the Java check
 * ({@link Opener}) and the SQL filter ({@link FileOpenRule}) are made from.
 */
public enum FileAccess {
    PUBLIC(EnumSet.of(OpenBasis.ANYONE)),
    RESTRICTED(EnumSet.of(OpenBasis.ROLE, OpenBasis.REVIEW_LINK, OpenBasis.GRANT)),
    EMBARGOED(EnumSet.of(OpenBasis.EDITOR, OpenBasis.REVIEW_LINK)),
    CLOSED(EnumSet.of(OpenBasis.ROLE, OpenBasis.REVIEW_LINK));

    private final Set<OpenBasis> openedBy;

    FileAccess(Set<OpenBasis> openedBy) {
        this.openedBy = openedBy;
    }

    /** The bases that open a file at this level, in the order they are asked. */
    public Set<OpenBasis> openedBy() {
        return openedBy;
    }

    /** The levels one basis opens. */
    public static List<FileAccess> openedBy(OpenBasis basis) {
        return java.util.Arrays.stream(values()).filter(level -> level.openedBy.contains(basis)).toList();
    }

    /** An embargo ends on its date: from then on the file is restricted. */
    public static FileAccess effective(FileAccess stored, LocalDate embargoUntil, LocalDate today) {
        if (stored == EMBARGOED && embargoUntil != null && !embargoUntil.isAfter(today)) {
            return RESTRICTED;
        }
        return stored;
    }

    /**
     * {@link #effective} in SQL over a file_metadata alias; {@code params} receives today's date.
     * The two are kept side by side so they cannot drift apart.
     */
    public static String effectiveSql(String fileMetadata, LocalDate today, List<Object> params) {
        params.add(today);
        return "(case when " + fileMetadata + ".access = 'EMBARGOED' and " + fileMetadata + ".embargo_until <= ?"
                + " then 'RESTRICTED' else " + fileMetadata + ".access end)";
    }

    /**
     * "{@link #effectiveSql} is one of {@code levels}", said over the stored column so the
     * planner can estimate it from that column's statistics: it takes a CASE expression for a
     * rare value, and once chose to read the whole search index for a common word because of it.
     */
    public static String effectiveInSql(String fileMetadata, LocalDate today, java.util.Collection<FileAccess> levels,
                                        List<Object> params) {
        List<String> alternatives = new java.util.ArrayList<>();
        List<String> kept = levels.stream().filter(level -> level != EMBARGOED).map(level -> "'" + level.name() + "'")
                .toList();
        if (!kept.isEmpty()) {
            alternatives.add(fileMetadata + ".access in (" + String.join(", ", kept) + ")");
        }
        String embargoed = fileMetadata + ".access = 'EMBARGOED'";
        boolean whileEmbargoed = levels.contains(EMBARGOED);
        boolean afterEmbargo = levels.contains(RESTRICTED);
        if (whileEmbargoed && afterEmbargo) {
            alternatives.add(embargoed);
        } else if (whileEmbargoed) {
            params.add(today);
            alternatives.add("(" + embargoed + " and " + fileMetadata + ".embargo_until > ?)");
        } else if (afterEmbargo) {
            params.add(today);
            alternatives.add("(" + embargoed + " and " + fileMetadata + ".embargo_until <= ?)");
        }
        return alternatives.isEmpty() ? "false" : "(" + String.join(" or ", alternatives) + ")";
    }
}
