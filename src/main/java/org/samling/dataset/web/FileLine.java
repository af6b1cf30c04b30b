package org.samling.dataset.web;

import org.samling.file.control.FileRow;

/**
 * One row of the dataset page's file table, worked out once: what the viewer may do with the
 * file and how its size reads. Plain getters, because the expression language looks bean
 * properties up once per class but searches methods on every call.
 */
public final class FileLine {

    private final FileRow file;
    private final boolean downloadable;
    private final boolean requestable;
    private final String size;

    FileLine(FileRow file, boolean downloadable, boolean requestable, String size) {
        this.file = file;
        this.downloadable = downloadable;
        this.requestable = requestable;
        this.size = size;
    }

    public long getId() {
        return file.id();
    }

    public String getPath() {
        return file.path();
    }

    public String getLabel() {
        return file.label();
    }

    public String getDescription() {
        return file.description();
    }

    public String getCategory() {
        return file.category();
    }

    public String getContentType() {
        return file.contentType();
    }

    public String getAccess() {
        return file.access().name();
    }

    public boolean isOpenToAll() {
        return file.isPublic();
    }

    /** The viewer may open it. */
    public boolean isDownloadable() {
        return downloadable;
    }

    /** The viewer may ask for it. */
    public boolean isRequestable() {
        return requestable;
    }

    public String getSize() {
        return size;
    }
}
