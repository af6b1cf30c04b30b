package org.samling.platform.rest;

import org.samling.platform.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The Dataverse envelope: {@code {"status":"OK","data":...}} and {@code {"status":"ERROR","message":...}}. */
public final class ApiResponses {

    private ApiResponses() {
    }

    public static Response ok(JsonValue data) {
        return status(Response.Status.OK, data);
    }

    public static Response created(JsonValue data) {
        return status(Response.Status.CREATED, data);
    }

    public static Response okMessage(String message) {
        return Response.ok(Json.createObjectBuilder()
                        .add("status", "OK")
                        .add("data", Json.createObjectBuilder().add("message", message))
                        .build())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .build();
    }

    public static Response error(int status, String message) {
        JsonObject body = Json.createObjectBuilder()
                .add("status", "ERROR")
                .add("message", message)
                .build();
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    private static Response status(Response.Status status, JsonValue data) {
        JsonObject body = Json.createObjectBuilder()
                .add("status", "OK")
                .add("data", data)
                .build();
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }
}
