package org.samling.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.samling.platform.error.SamlingException;
import org.samling.platform.error.ValidationException;
import org.samling.platform.i18n.Messages;

/** Turns a {@link SamlingException} into the Dataverse error envelope with its status code. */
@Provider
public class SamlingExceptionMapper implements ExceptionMapper<SamlingException> {

    @Override
    public Response toResponse(SamlingException exception) {
        return response(exception);
    }

    static Response response(SamlingException exception) {
        String message = Messages.english(exception.messageKey(), exception.arguments());
        if (exception instanceof ValidationException validation) {
            message = message + " " + validation.violations().stream()
                    .map(v -> Messages.english(v.messageKey(), v.arguments()))
                    .collect(Collectors.joining(" "));
        }
        Response response = ApiResponses.error(exception.status(), message);
        // the database is away or busy: a client may come back shortly
        return exception.status() == 503 ? Response.fromResponse(response).header("Retry-After", "30").build() : response;
    }
}
