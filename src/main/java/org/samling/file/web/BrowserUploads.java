package org.samling.file.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import org.primefaces.model.file.UploadedFile;
import org.samling.dataset.entity.Dataset;
import org.samling.file.control.AddFilesCommand;
import org.samling.file.control.AddedFile;
import org.samling.file.control.FileDescription;
import org.samling.file.control.FileStore;
import org.samling.file.control.StagedFile;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.context.RequestContext;

/** Takes a file the browser uploaded and adds it to a dataset, the same way the API does. */
@ApplicationScoped
public class BrowserUploads {

    @Inject
    FileStore store;

    @Inject
    CommandEngine engine;

    @Inject
    SamlingConfig config;

    public AddedFile add(RequestContext context, Dataset dataset, UploadedFile upload) throws IOException {
        StagedFile staged = null;
        try (InputStream in = upload.getInputStream()) {
            staged = store.stage(in, config.uploadMaxFileSize());
            return engine.submit(AddFilesCommand.one(context, dataset, staged,
                    FileDescription.named(upload.getFileName()))).get(0);
        } finally {
            if (staged != null) {
                staged.discard();
            }
        }
    }

    public long maxFileSize() {
        return config.uploadMaxFileSize();
    }
}
