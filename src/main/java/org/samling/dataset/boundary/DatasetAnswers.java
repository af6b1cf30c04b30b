package org.samling.dataset.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.samling.authz.Opener;
import org.samling.dataset.control.VisibleDataset;
import org.samling.file.boundary.FileJson;
import org.samling.file.control.FileDownloads;
import org.samling.file.control.FileTable;
import org.samling.platform.config.SamlingConfig;
import org.samling.platform.json.Json;
import org.samling.platform.json.StreamedJson;
import org.samling.platform.context.RequestContext;

/**
 * Dataset and version JSON answers in Dataverse's envelope, their files streamed from the
 * database as they are written: a dataset of 100,000 files answers in the memory of one batch.
 */
@ApplicationScoped
public class DatasetAnswers {

    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    FileTable files;

    @Inject
    FileDownloads downloads;

    @Inject
    SamlingConfig config;

    /** The dataset with the version the caller sees as {@code latestVersion}, its files included. */
    public Response dataset(RequestContext caller, VisibleDataset visible) {
        return answer(Response.Status.OK, envelope(DatasetJson.of(visible, null, config.publisher())))
                .insert("/data/latestVersion", "files", filesOf(caller, visible))
                .build();
    }

    /** One version, with its files unless {@code excludeFiles}. */
    public Response version(RequestContext caller, VisibleDataset visible, boolean excludeFiles) {
        StreamedAnswer answer = answer(Response.Status.OK, envelope(DatasetJson.version(visible, null, config.publisher())));
        return (excludeFiles ? answer : answer.insert("/data", "files", filesOf(caller, visible))).build();
    }

    /** A page of versions ({@code totalCount} the number of them), each with its files unless {@code excludeFiles}. */
    public Response versions(RequestContext caller, List<VisibleDataset> versions, long total, boolean excludeFiles) {
        var data = Json.createArrayBuilder();
        versions.forEach(version -> data.add(DatasetJson.version(version, null, config.publisher())));
        StreamedAnswer answer = answer(Response.Status.OK, Json.createObjectBuilder().add("status", "OK")
                .add("totalCount", total).add("data", data).build());
        if (!excludeFiles) {
            for (int i = 0; i < versions.size(); i++) {
                answer.insert("/data/" + i, "files", filesOf(caller, versions.get(i)));
            }
        }
        return answer.build();
    }

    private StreamedJson.Items filesOf(RequestContext caller, VisibleDataset visible) {
        Opener opener = downloads.opener(caller, visible.dataset().getId());
        long versionId = visible.version().getId();
        return sink -> files.forEach(versionId, file -> sink.accept(FileJson.of(file.presentedTo(opener), versionId)));
    }

    private static JsonObject envelope(JsonValue data) {
        return Json.createObjectBuilder().add("status", "OK").add("data", data).build();
    }

    private static StreamedAnswer answer(Response.Status status, JsonObject shape) {
        return new StreamedAnswer(status, StreamedJson.of(shape));
    }

    private record StreamedAnswer(Response.Status status, StreamedJson json) {
        StreamedAnswer insert(String pointer, String name, StreamedJson.Items items) {
            json.insert(pointer, name, items);
            return this;
        }

        Response build() {
            return Response.status(status).entity(json).type(JSON).build();
        }
    }
}
