package org.samling.pid;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A DataCite REST API on loopback that checks requests the way DataCite documents them
 * (support.datacite.org, "Create DOIs with the REST API"): {@code POST /dois} and
 * {@code PUT /dois/{doi}}, basic authentication with the repository id and password,
 * {@code Content-Type: application/vnd.api+json}, a JSON:API document
 * {@code {"data":{"type":"dois","attributes":{...}}}}; and keeps each DOI's state:
 * no event makes a draft, {@code register} a registered DOI, {@code publish} a findable one,
 * {@code hide} turns findable back to registered; nothing goes back to draft, and a registered
 * or findable DOI needs the required metadata (titles, creators, publisher, publicationYear,
 * types.resourceTypeGeneral, url). Anything else is answered as DataCite would (401, 415, 404,
 * 422) and recorded in {@link #refusals}.
 */
final class FakeDataCite implements AutoCloseable {

    static final String REPOSITORY = "SAMLING.TEST";
    static final String PASSWORD = "s3cret:with colon";
    static final String PREFIX = "10.5072";

    /** One DOI as the fake keeps it: its state and the attributes it was last sent (merged). */
    static final class Doi {
        volatile String state;
        final Map<String, JsonValue> attributes = new ConcurrentHashMap<>();

        JsonObject attributes() {
            JsonObjectBuilder json = Json.createObjectBuilder();
            attributes.forEach(json::add);
            return json.build();
        }

        String title() {
            return attributes().getJsonArray("titles").getJsonObject(0).getString("title");
        }
    }

    record Request(String method, String path, String event, JsonObject attributes) {
    }

    final Map<String, Doi> dois = new ConcurrentHashMap<>();
    final List<Request> requests = new ArrayList<>();
    final List<String> refusals = new ArrayList<>();
    /** How many of the next requests to answer with 500 before looking at them. */
    final AtomicInteger failNext = new AtomicInteger();
    private final HttpServer server;

    FakeDataCite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Doi doi(String doi) {
        return dois.get(doi.toLowerCase());
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (failNext.get() > 0) {
                failNext.decrementAndGet();
                answer(exchange, 500, error("Internal Server Error"));
                return;
            }
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String expected = "Basic " + Base64.getEncoder().encodeToString((REPOSITORY + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refuse(exchange, 401, "bad credentials");
                return;
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            if (contentType == null || !contentType.startsWith("application/vnd.api+json")) {
                refuse(exchange, 415, "content type " + contentType);
                return;
            }
            JsonObject data;
            try (var reader = Json.createReader(new StringReader(body))) {
                data = reader.readObject().getJsonObject("data");
            } catch (RuntimeException e) {
                refuse(exchange, 400, "not JSON: " + body);
                return;
            }
            if (data == null || !"dois".equals(data.getString("type", null))
                    || !(data.get("attributes") instanceof JsonObject attributes)) {
                refuse(exchange, 422, "not a JSON:API dois document: " + body);
                return;
            }
            String event = attributes.get("event") == null || attributes.isNull("event") ? null
                    : attributes.getString("event");
            requests.add(new Request(method, path, event, attributes));
            String doiName;
            if ("POST".equals(method) && "/dois".equals(path)) {
                doiName = attributes.getString("doi", "");
                if (!doiName.startsWith(PREFIX + "/")) {
                    refuse(exchange, 422, "DOI not under the repository's prefix: " + doiName);
                    return;
                }
                if (dois.containsKey(doiName.toLowerCase())) {
                    refuse(exchange, 422, "This DOI has already been taken");
                    return;
                }
            } else if ("PUT".equals(method) && path.startsWith("/dois/")) {
                doiName = path.substring("/dois/".length());
                if (attributes.containsKey("doi") && !doiName.equalsIgnoreCase(attributes.getString("doi"))) {
                    refuse(exchange, 422, "DOI in the path and the body differ");
                    return;
                }
            } else {
                refuse(exchange, 405, method + " " + path);
                return;
            }
            Doi doi = dois.computeIfAbsent(doiName.toLowerCase(), name -> new Doi());
            String before = doi.state;
            Map<String, JsonValue> merged = new ConcurrentHashMap<>(doi.attributes);
            attributes.forEach((key, value) -> {
                if (!"event".equals(key)) {
                    merged.put(key, value);
                }
            });
            String after = next(before, event);
            if (after == null) {
                refuse(exchange, 422, "cannot go from " + before + " with event " + event);
                return;
            }
            if (!"draft".equals(after)) {
                String missing = missingRequired(merged);
                if (missing != null) {
                    refuse(exchange, 422, missing + " is required for a " + after + " DOI");
                    return;
                }
            }
            doi.attributes.putAll(merged);
            doi.state = after;
            JsonObjectBuilder answer = Json.createObjectBuilder(doi.attributes()).add("state", after);
            answer(exchange, before == null ? 201 : 200, Json.createObjectBuilder().add("data",
                    Json.createObjectBuilder().add("id", doiName.toLowerCase()).add("type", "dois")
                            .add("attributes", answer)).build().toString());
        }
    }

    /** DataCite's states: draft → registered → findable, findable ⇄ registered (hide), never back to draft. */
    private static String next(String state, String event) {
        if (event == null) {
            return state == null ? "draft" : state;
        }
        return switch (event) {
            case "register" -> state == null || "draft".equals(state) || "registered".equals(state) ? "registered" : null;
            case "publish" -> "findable";
            case "hide" -> "findable".equals(state) ? "registered" : null;
            default -> null;
        };
    }

    private static String missingRequired(Map<String, JsonValue> attributes) {
        for (String required : List.of("titles", "creators", "publisher", "publicationYear", "url", "types")) {
            JsonValue value = attributes.get(required);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL
                    || value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().isEmpty()) {
                return required;
            }
        }
        if (!attributes.get("types").asJsonObject().containsKey("resourceTypeGeneral")) {
            return "types.resourceTypeGeneral";
        }
        return null;
    }

    private void refuse(HttpExchange exchange, int status, String why) throws IOException {
        refusals.add(status + " " + why);
        answer(exchange, status, error(why));
    }

    private static String error(String title) {
        return Json.createObjectBuilder().add("errors", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("title", title))).build().toString();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.api+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
