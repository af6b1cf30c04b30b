package org.samling.dataset.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.samling.dataset.entity.CitationMetadata;
import org.samling.dataset.entity.DatasetMetadata;
import org.samling.dataset.entity.Orcid;
import org.samling.dataset.entity.Subjects;
import org.samling.platform.error.ValidationException;
import org.samling.platform.error.ValidationException.Violation;

/** The rules a dataset's metadata must meet before it is saved. */
public final class MetadataValidator {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_TITLE = 2000;

    private MetadataValidator() {
    }

    public static void validate(DatasetMetadata metadata) {
        List<Violation> violations = violations(metadata.citation());
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    static List<Violation> violations(CitationMetadata citation) {
        List<Violation> violations = new ArrayList<>();
        if (citation.title() == null || citation.title().isBlank()) {
            violations.add(new Violation("title", "validation.titleRequired"));
        } else if (citation.title().length() > MAX_TITLE) {
            violations.add(new Violation("title", "validation.titleTooLong", MAX_TITLE));
        }
        if (citation.authors().stream().noneMatch(a -> a.name() != null && !a.name().isBlank())) {
            violations.add(new Violation("author", "validation.authorRequired"));
        }
        for (CitationMetadata.Author author : citation.authors()) {
            if (author.orcid() != null && !author.orcid().isBlank() && Orcid.parse(author.orcid()).isEmpty()) {
                violations.add(new Violation("author", "validation.badOrcid", author.orcid()));
            }
        }
        if (citation.descriptions().isEmpty()) {
            violations.add(new Violation("dsDescription", "validation.descriptionRequired"));
        }
        if (citation.subjects().isEmpty()) {
            violations.add(new Violation("subject", "validation.subjectRequired"));
        }
        citation.subjects().stream().filter(s -> !Subjects.isKnown(s)).forEach(s ->
                violations.add(new Violation("subject", "validation.unknownSubject", s)));
        for (CitationMetadata.Contact contact : citation.contacts()) {
            if (contact.email() != null && !EMAIL.matcher(contact.email()).matches()) {
                violations.add(new Violation("datasetContact", "validation.badEmail", contact.email()));
            }
        }
        return violations;
    }
}
