package org.samling.file.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.samling.account.control.CurrentCaller;
import org.samling.dataset.control.Datasets;
import org.samling.file.control.ReceiveUploadPieceCommand;
import org.samling.file.control.UploadSessions;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.context.RequestContext;
import org.samling.platform.error.SamlingException;
import org.samling.platform.rest.RequestBodies;

/**
 * The address a direct upload's bytes are PUT to, in place of a presigned S3 URL: the key in it
 * is the capability (no API key is sent), and the request acts as the account that asked for it.
 * Answers with the part's ETag, as S3 does.
 */
@Path("uploads")
@Produces(MediaType.APPLICATION_JSON)
public class DirectUploadBytesResource {

    @Inject
    UploadSessions sessions;

    @Inject
    Datasets datasets;

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    @PUT
    @Path("{id}/direct")
    @Consumes(MediaType.WILDCARD)
    public Response write(@PathParam("id") String id, @QueryParam("key") String key,
                          @QueryParam("offset") @DefaultValue("0") long offset,
                          @Context HttpServletRequest request) throws IOException {
        try {
            UploadSessions.Session session = sessions.findDirect(DirectUploads.uploadId(id), key);
            if (offset < 0 || request.getContentLengthLong() < 0) {
                throw SamlingException.badRequest("error.badChunk", UploadSessions.MAX_CHUNK);
            }
            RequestContext context = caller.actAs(session.userId());
            MessageDigest md5 = md5();
            engine.submit(new ReceiveUploadPieceCommand(context, datasets.require(session.datasetId()), session.id(),
                    offset, request.getContentLengthLong(), new DigestInputStream(request.getInputStream(), md5)));
            return Response.ok().header("ETag", "\"" + HexFormat.of().formatHex(md5.digest()) + "\"").build();
        } catch (SamlingException e) {
            RequestBodies.discard(request);
            throw e;
        }
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
