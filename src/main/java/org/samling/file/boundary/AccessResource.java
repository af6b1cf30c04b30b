package org.samling.file.boundary;

import jakarta.inject.Inject;
import org.samling.platform.usage.UsageCounter;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.samling.access.boundary.AccessDecisions;
import org.samling.access.boundary.AccessRequestJson;
import org.samling.access.control.AccessRequestReader;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.DatasetReader;
import org.samling.dataset.control.Datasets;
import org.samling.dataset.control.VisibleDataset;
import org.samling.file.control.FileDownloads;
import org.samling.file.control.FileQuery;
import org.samling.file.control.FileRow;
import org.samling.file.control.FileTable;
import org.samling.authz.Opener;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;
import org.samling.platform.rest.ApiResponses;
import org.samling.platform.rest.JsonBodies;

/**
 * {@code /api/access}: a file's bytes (with ranges, ETag, inline display of safe types), a
 * whole dataset or a selection as a streamed zip. Every path asks {@link FileDownloads}.
 */
@Path("access")
public class AccessResource {

    @Inject
    UsageCounter usage;

    @Inject
    org.samling.platform.command.CommandEngine engine;

    static final int BUFFER = 256 * 1024;
    static final int MAX_SELECTION = 10_000;
    /** Shown in the browser rather than saved: never HTML, SVG or anything that runs script. */
    static final Set<String> INLINE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp", "text/plain", "text/csv", "text/vtt", "audio/mpeg", "audio/vnd.wave", "audio/wav",
            "audio/x-wav", "audio/ogg", "audio/mp4", "audio/x-m4a", "audio/flac", "video/mp4", "video/webm");

    @Inject
    FileDownloads downloads;

    @Inject
    CurrentCaller caller;

    @Inject
    Datasets datasets;

    @Inject
    DatasetReader reader;

    @Inject
    FileTable table;

    @Inject
    AccessDecisions decisions;

    @Inject
    AccessRequestReader requestReader;

    @GET
    @Path("datafile/{id: [0-9]+}")
    public Response datafile(@PathParam("id") long id, @HeaderParam("Range") String range,
                             @HeaderParam("If-None-Match") String ifNoneMatch, @HeaderParam("If-Range") String ifRange,
                             @QueryParam("inline") @DefaultValue("false") boolean inline,
                             @HeaderParam("User-Agent") String userAgent) {
        RequestContext context = caller.context();
        FileDownloads.Download download = downloads.authorize(context, id);
        FileRow file = download.file();
        String etag = "\"" + file.sha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return Response.notModified().tag(file.sha256()).build();
        }
        Optional<ByteRange> byteRange;
        try {
            byteRange = ifRange == null || ifRange.equals(etag) ? ByteRange.parse(range, file.size()) : Optional.empty();
        } catch (ByteRange.Unsatisfiable e) {
            return Response.status(416).header("Content-Range", "bytes */" + file.size()).build();
        }
        long start = byteRange.map(ByteRange::start).orElse(0L);
        long length = byteRange.map(ByteRange::length).orElse(file.size());
        if (start == 0) {
            downloads.recordOpening(context, download, "DownloadFile");
            if (download.published()) {
                usage.count(UsageCounter.Kind.DOWNLOAD, download.versionId(), file.id(), context, userAgent);
            }
        }
        StreamingOutput body = out -> {
            try (InputStream in = downloads.open(file, start)) {
                byte[] buffer = new byte[BUFFER];
                long left = length;
                int read;
                while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
                    out.write(buffer, 0, read);
                    left -= read;
                }
            }
        };
        boolean showInline = inline && INLINE_TYPES.contains(file.contentType());
        Response.ResponseBuilder response = Response.status(byteRange.isPresent() ? 206 : 200)
                .entity(body)
                .type(file.contentType())
                .header("Content-Length", length)
                .header("Accept-Ranges", "bytes")
                .header("ETag", etag)
                .header("Content-Disposition", disposition(showInline ? "inline" : "attachment", file.label()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private");
        byteRange.ifPresent(r -> response.header("Content-Range",
                "bytes " + r.start() + "-" + r.end() + "/" + file.size()));
        if (!"application/pdf".equals(file.contentType())) {
            response.header("Content-Security-Policy", "default-src 'none'; media-src 'self'; sandbox");
        }
        return response.build();
    }

    /** Dataverse's {@code userPermissions} on a file: may the caller download it, manage who may, edit its dataset. */
    @GET
    @Path("datafile/{id: [0-9]+}/userPermissions")
    @Produces(MediaType.APPLICATION_JSON)
    public Response userPermissions(@PathParam("id") long id) {
        RequestContext context = caller.context();
        FileDownloads.Download download = downloads.find(context, id);
        return ApiResponses.ok(org.samling.platform.json.Json.createObjectBuilder()
                .add("canDownloadFile", downloads.mayOpen(context, download.datasetId(), download.file()))
                .add("canManageFilePermissions", engine.canIssue(org.samling.access.control.GrantAccessCommand.class,
                        context, org.samling.platform.context.ObjectRef.dataset(download.datasetId())))
                .add("canEditOwnerDataset", engine.canIssue(org.samling.file.control.UpdateFilesCommand.class, context,
                        org.samling.platform.context.ObjectRef.dataset(download.datasetId())))
                .build());
    }

    @HEAD
    @Path("datafile/{id: [0-9]+}")
    public Response datafileHead(@PathParam("id") long id) {
        FileRow file = downloads.authorize(caller.context(), id).file();
        return Response.ok().type(file.contentType()).header("Content-Length", file.size())
                .header("Accept-Ranges", "bytes").header("ETag", "\"" + file.sha256() + "\"").build();
    }

    @GET
    @Path("dataset/:persistentId")
    public Response dataset(@QueryParam("persistentId") String persistentId, @QueryParam("version") String version) {
        RequestContext context = caller.context();
        VisibleDataset visible = reader.open(context, datasets.requireByGlobalId(persistentId), version);
        List<FileRow> all = table.page(FileQuery.all(visible.version().getId()));
        List<FileRow> allowed = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Opener opener = downloads.opener(context, visible.dataset().getId());
        for (FileRow file : all) {
            if (file.mayBeOpenedBy(opener)) {
                allowed.add(file);
            } else {
                leftOut.add(file.path());
            }
        }
        if (allowed.isEmpty()) {
            throw SamlingException.forbidden(all.isEmpty() ? "error.noFiles" : "error.noFilesYouMayOpen");
        }
        boolean published = !visible.version().isDraft();
        downloads.recordOpenings(context, allowed.stream().map(file -> new FileDownloads.Download(file,
                visible.dataset().getId(), published, visible.version().getId())).toList(), "DownloadZip");
        String name = visible.dataset().getGlobalId().identifier().replaceAll("[^A-Za-z0-9]+", "_") + ".zip";
        String title = visible.version().getTitle() + "\n" + visible.dataset().getGlobalId().asString()
                + ", version " + visible.version().getFriendlyNumber();
        return zip(name, new ZipDownload(title, allowed, leftOut, downloads));
    }

    @GET
    @Path("datafiles/{ids: [0-9]+(,[0-9]+)*}")
    public Response datafiles(@PathParam("ids") String ids) {
        RequestContext context = caller.context();
        List<Long> wanted = Arrays.stream(ids.split(",")).map(Long::valueOf).distinct().toList();
        if (wanted.size() > MAX_SELECTION) {
            throw SamlingException.badRequest("error.selectionTooLarge", MAX_SELECTION);
        }
        FileDownloads.Selection selection = downloads.authorizeAll(context, wanted, "DownloadZip");
        if (selection.allowed().isEmpty()) {
            throw SamlingException.forbidden("error.noFilesYouMayOpen");
        }
        List<FileRow> allowed = selection.allowed().stream().map(FileDownloads.Download::file).toList();
        List<String> leftOut = selection.leftOut().stream().map(id -> "file " + id).toList();
        return zip("files.zip", new ZipDownload("Files " + ids, allowed, leftOut, downloads));
    }

    @PUT
    @Path("datafile/{id: [0-9]+}/requestAccess")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response requestAccess(@PathParam("id") long id, String body) {
        JsonObject json = body == null || body.isBlank() ? JsonObject.EMPTY_JSON_OBJECT : JsonBodies.object(body);
        long requestId = decisions.request(caller.context(), id, AccessRequestJson.details(json));
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("message", "Access to file " + id + " requested; the dataset's curators have been told.")
                .add("requestId", requestId).build());
    }

    @GET
    @Path("datafile/{id: [0-9]+}/listRequests")
    @Produces(MediaType.APPLICATION_JSON)
    public Response listRequests(@PathParam("id") long id) {
        RequestContext context = caller.context();
        downloads.find(context, id);
        return ApiResponses.ok(AccessRequestJson.list(requestReader.forFile(context, id)));
    }

    @PUT
    @Path("datafile/{id: [0-9]+}/grantAccess/{identifier}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response grantAccess(@PathParam("id") long id, @PathParam("identifier") String identifier,
                                @QueryParam("expires") String expires) {
        List<Long> grants = decisions.grant(caller.context(), id, identifier, expires);
        return ApiResponses.ok(Json.createObjectBuilder()
                .add("message", "Access to file " + id + " granted to " + identifier + ".")
                .add("grantId", grants.get(0)).build());
    }

    @PUT
    @Path("datafile/{id: [0-9]+}/rejectAccess/{identifier}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response rejectAccess(@PathParam("id") long id, @PathParam("identifier") String identifier, String reason) {
        int rejected = decisions.reject(caller.context(), id, identifier, reason);
        return ApiResponses.okMessage(rejected + " request(s) from " + identifier + " for file " + id + " rejected.");
    }

    private static Response zip(String name, ZipDownload body) {
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", disposition("attachment", name))
                .header("Cache-Control", "private")
                .build();
    }

    /** RFC 6266: an ASCII fallback name and the exact UTF-8 name. */
    static String disposition(String kind, String label) {
        String ascii = label.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20");
        return kind + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
