package org.samling.file.control;

import org.samling.authz.FileAccess;
import org.samling.file.entity.FileChanges;

/** What the uploader says about a new file: the name it came with and its metadata. */
public record FileDescription(String fileName, FileChanges details) {

    public static FileDescription named(String fileName) {
        return new FileDescription(fileName, FileChanges.none());
    }

    public static FileDescription of(String fileName, String description, String category, boolean restricted) {
        return new FileDescription(fileName, new FileChanges(null, null, description, category, null,
                restricted ? FileAccess.RESTRICTED : FileAccess.PUBLIC, null, null, null));
    }
}
