package org.samling.platform.rest;

import org.samling.platform.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.StringReader;
import org.samling.platform.error.SamlingException;

/** Reads JSON request bodies, turning anything malformed into a clear 400. */
public final class JsonBodies {

    private JsonBodies() {
    }

    public static JsonObject object(InputStream body) {
        if (body == null) {
            throw SamlingException.badRequest("error.jsonRequired");
        }
        try (JsonReader reader = Json.createReader(body)) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw SamlingException.badRequest("error.badJson", firstLine(e.getMessage()));
        }
    }

    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw SamlingException.badRequest("error.jsonRequired");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw SamlingException.badRequest("error.badJson", firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not a JSON object";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
