package org.samling.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.samling.platform.error.SamlingException;
import org.samling.platform.json.Json;

/**
 * Reads JSON request bodies, turning anything malformed into a clear 400: more than 10 MB
 * (413), bytes that are not UTF-8, nesting deeper than 64 levels (a parser would recurse until
 * the thread's stack ran out), and what is not one JSON object.
 */
public final class JsonBodies {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_DEPTH = 64;

    private JsonBodies() {
    }

    public static JsonObject object(InputStream body) {
        if (body == null) {
            throw SamlingException.badRequest("error.jsonRequired");
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw SamlingException.tooLarge("error.jsonTooLarge", MAX_BYTES / (1024 * 1024));
        }
        try {
            return object(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw SamlingException.badRequest("error.notUtf8");
        }
    }

    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw SamlingException.badRequest("error.jsonRequired");
        }
        if (body.length() > MAX_BYTES) {
            throw SamlingException.tooLarge("error.jsonTooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (depth(body) > MAX_DEPTH) {
            throw SamlingException.badRequest("error.jsonTooDeep", MAX_DEPTH);
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw SamlingException.badRequest("error.badJson", firstLine(e.getMessage()));
        }
    }

    /** How deep objects and arrays nest, outside strings. */
    static int depth(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not a JSON object";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
