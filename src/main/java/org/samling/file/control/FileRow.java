package org.samling.file.control;

/** One file as the file table and the API list it. */
public record FileRow(long id, String label, String directoryLabel, String description, String category,
                      boolean restricted, String contentType, long size, String sha256, String md5,
                      String storageKey) {

    public String path() {
        return directoryLabel == null || directoryLabel.isEmpty() ? label : directoryLabel + "/" + label;
    }
}
