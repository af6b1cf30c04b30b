package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import jakarta.enterprise.event.Event;
import org.samling.dataset.control.DatasetDeaccessioned;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.entity.Dataset;
import org.samling.dataset.entity.DatasetVersion;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;

@ApplicationScoped
public class DeaccessionHandler implements CommandHandler<DeaccessionCommand, Void> {

    static final int MAX_REASON = 1000;
    static final int MAX_URL = 1260;

    @Inject
    Datasets datasets;

    @Inject
    Event<DatasetDeaccessioned> deaccessioned;

    @Override
    public Void handle(DeaccessionCommand command) {
        String reason = command.reason() == null ? "" : command.reason().strip();
        if (reason.isEmpty()) {
            throw SamlingException.badRequest("error.deaccessionReasonRequired");
        }
        if (reason.length() > MAX_REASON) {
            throw SamlingException.badRequest("error.deaccessionReasonTooLong", MAX_REASON);
        }
        String url = command.forwardUrl() == null || command.forwardUrl().isBlank() ? null : command.forwardUrl().strip();
        if (url != null && !isWebAddress(url)) {
            throw SamlingException.badRequest("error.badForwardUrl", url);
        }
        Dataset dataset = datasets.lock(command.dataset());
        DatasetVersion version = published(dataset, command.version());
        version.deaccession(reason, url, command.context().time());
        if (version.getId().equals(dataset.getReleasedVersionId())) {
            DatasetVersion newest = datasets.newestReleased(dataset).filter(v -> !v.getId().equals(version.getId()))
                    .orElse(null);
            dataset.stillReleased(newest, command.context().time());
        }
        deaccessioned.fire(new DatasetDeaccessioned(dataset.getId(), version.getId(), dataset.getReleasedVersionId(),
                command.context()));
        return null;
    }

    private DatasetVersion published(Dataset dataset, String spec) {
        if (spec == null || spec.equals(":draft") || spec.equals(":latest")) {
            throw SamlingException.badRequest("error.deaccessionWhichVersion");
        }
        DatasetVersion version;
        if (spec.equals(":latest-published")) {
            version = datasets.released(dataset).orElse(null);
        } else {
            String[] parts = spec.split("\\.");
            try {
                version = datasets.version(dataset, Integer.parseInt(parts[0]),
                        parts.length > 1 ? Integer.parseInt(parts[1]) : 0).orElse(null);
            } catch (NumberFormatException e) {
                throw SamlingException.badRequest("error.badVersion", spec);
            }
        }
        if (version == null) {
            throw SamlingException.notFound("error.versionNotFound", spec, dataset.getGlobalId().asString());
        }
        if (version.isDeaccessioned()) {
            throw SamlingException.conflict("error.alreadyDeaccessioned", spec);
        }
        return version;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return url.length() <= MAX_URL && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
