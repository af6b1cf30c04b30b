package org.samling.file.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.samling.account.control.CurrentCaller;
import org.samling.file.control.FileDownloads;

/** {@code /api/access/datafile/{id}}: a file's bytes, for those allowed to open them. */
@Path("access")
public class AccessResource {

    static final int BUFFER = 256 * 1024;

    @Inject
    FileDownloads downloads;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("datafile/{id: [0-9]+}")
    public Response datafile(@PathParam("id") long id) {
        FileDownloads.Download download = downloads.authorize(caller.context(), id);
        StreamingOutput body = out -> {
            try (InputStream in = downloads.open(download)) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                }
            }
        };
        return Response.ok(body, download.file().contentType())
                .header("Content-Length", download.file().size())
                .header("Content-Disposition", attachment(download.file().label()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private")
                .build();
    }

    /** RFC 6266: an ASCII fallback name and the exact UTF-8 name. */
    static String attachment(String label) {
        String ascii = label.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
