package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.samling.collection.control.Collections;
import org.samling.collection.entity.Collection;
import org.samling.file.entity.FileCategory;

/** The categories offered for files in a collection: the standard ones, then those its collections add, from the root down. */
@ApplicationScoped
public class FileCategories {

    @Inject
    Collections collections;

    public List<String> of(Collection collection) {
        Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> all = new ArrayList<>();
        for (String name : FileCategory.STANDARD) {
            seen.add(name);
            all.add(name);
        }
        for (Collection level : collections.lineage(collection)) {
            for (String name : level.getFileCategories()) {
                if (seen.add(name)) {
                    all.add(name);
                }
            }
        }
        return List.copyOf(all);
    }
}
