package org.samling.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods and the like, in the same JSON envelope as every other error. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        String message = switch (status) {
            case 404 -> "Endpoint not found.";
            case 405 -> "Method not allowed for this endpoint.";
            case 415 -> "Unsupported media type.";
            default -> exception.getMessage() == null ? "Request failed." : exception.getMessage();
        };
        return ApiResponses.error(status, message);
    }
}
