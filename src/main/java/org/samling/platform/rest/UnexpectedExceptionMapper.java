package org.samling.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.samling.platform.persistence.DatabaseFailures;

/** A failure nobody foresaw: logged in full under a reference the user can quote, never shown. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        var understood = DatabaseFailures.understood(exception);
        if (understood.isPresent()) {
            return SamlingExceptionMapper.response(understood.get());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected failure " + reference, exception);
        return ApiResponses.error(500, "Internal error (reference " + reference + ").");
    }
}
