package org.samling.file.control;

import java.util.List;
import java.util.stream.Collectors;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.dataset.entity.Dataset;
import org.samling.platform.command.Command;
import org.samling.authz.RequiresPermission;
import org.samling.platform.context.RequestContext;

/** Adds staged files to the dataset's draft, all of them or none (the entries of a zip, say). */
@RequiresPermission(Permission.EDIT_DATASET)
public record AddFilesCommand(RequestContext context, Dataset dataset, List<NewFile> files)
        implements Command<List<AddedFile>> {

    public AddFilesCommand {
        files = List.copyOf(files);
    }

    public static AddFilesCommand one(RequestContext context, Dataset dataset, StagedFile staged,
                                      FileDescription description) {
        return new AddFilesCommand(context, dataset, List.of(new NewFile(staged, description)));
    }

    @Override
    public ObjectRef target() {
        return ObjectRef.dataset(dataset.getId());
    }

    @Override
    public String auditDetails() {
        return files.stream().limit(20)
                .map(f -> f.description().fileName() + " sha256=" + f.staged().sha256())
                .collect(Collectors.joining("; ")) + (files.size() > 20 ? "; and " + (files.size() - 20) + " more" : "");
    }
}
