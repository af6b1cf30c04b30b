package org.samling.file.control;

import java.util.List;
import org.samling.authz.OpenCommand;
import org.samling.platform.command.Command;
import org.samling.platform.context.ObjectRef;
import org.samling.platform.context.RequestContext;

/**
 * Records that a caller opened files that are not public (or not yet published), or was refused
 * one: a row per file in the audit log, with the basis the file rule found, in one transaction
 * however many files a zip holds.
 *
 * @param action "DownloadFile", "DownloadZip", "PreviewFile", "ReadFileText" or "OpenRefused"
 */
@OpenCommand("It records what the caller did; the file rule already decided whether they could")
public record RecordOpeningsCommand(RequestContext context, long datasetId, String action, List<Opening> openings)
        implements Command<Void> {

    /** @param details the file's name, and the basis it was opened on */
    public record Opening(long fileId, String details) {
    }

    public RecordOpeningsCommand {
        openings = List.copyOf(openings);
    }

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(datasetId);
    }

    @Override
    public boolean recordsItself() {
        return true;
    }
}
