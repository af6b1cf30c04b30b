package org.samling.file.control;

/** What the uploader says about a file: its name, folder, description, category and access. */
public record FileDescription(String fileName, String directoryLabel, String description, String category,
                              boolean restricted) {
}
