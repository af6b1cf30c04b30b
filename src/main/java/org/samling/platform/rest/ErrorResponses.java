package org.samling.platform.rest;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.samling.platform.json.Json;

/** The API's error envelope written by a servlet filter, before JAX-RS is involved. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        byte[] body = Json.createObjectBuilder().add("status", "ERROR").add("message", message).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
