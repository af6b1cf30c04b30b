package org.samling.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for the Dataverse-shaped API, as an outside caller uses it. */
public final class Api {

    public record Response(int status, byte[] body, HttpHeaders headers) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                return reader.readObject();
            }
        }

        public JsonObject data() {
            return json().getJsonObject("data");
        }
    }

    private final URI base;
    private final HttpClient http;

    public Api(URL base) {
        this(base, false);
    }

    /** @param keepCookies act like a browser session: keep cookies, follow redirects (review links, session sign-in) */
    public Api(URL base, boolean keepCookies) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10));
        if (keepCookies) {
            builder.cookieHandler(new java.net.CookieManager()).followRedirects(HttpClient.Redirect.NORMAL);
        }
        http = builder.build();
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response postJson(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json)));
    }

    public Response putJson(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(BodyPublishers.ofString(json)));
    }

    public Response get(String path, String token, String... headers) {
        HttpRequest.Builder builder = request(path, token).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    public Response put(String path, String token, byte[] body, String contentType) {
        return send(request(path, token).header("Content-Type", contentType).PUT(BodyPublishers.ofByteArray(body)));
    }

    /** Any method with any body and content type, as a broken or hostile client sends it. */
    public Response send(String path, String token, String method, String contentType, byte[] body) {
        return send(request(path, token).header("Content-Type", contentType)
                .method(method, BodyPublishers.ofByteArray(body)));
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Response post(String path, String token) {
        return send(request(path, token).POST(BodyPublishers.noBody()));
    }

    /** A multipart upload with a "file" part (streamed from disk) and an optional "jsonData" part. */
    public Response upload(String persistentId, String token, Path file, String fileName, String jsonData) {
        return uploadTo("api/datasets/:persistentId/add?persistentId=" + encode(persistentId), token, file, fileName,
                jsonData);
    }

    public Response uploadTo(String path, String token, Path file, String fileName, String jsonData) {
        String boundary = "----samling-test-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        if (jsonData != null) {
            head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"jsonData\"\r\n\r\n")
                    .append(jsonData).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n");
        BodyPublisher body;
        try {
            body = BodyPublishers.concat(BodyPublishers.ofString(head.toString()), BodyPublishers.ofFile(file),
                    BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body));
    }

    public Response upload(String persistentId, String token, String fileName, byte[] content, String jsonData) {
        try {
            Path temp = Files.createTempFile("upload", ".bin");
            try {
                Files.write(temp, content);
                return upload(persistentId, token, temp, fileName, jsonData);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2));
        if (token != null) {
            builder.header("X-Dataverse-key", token);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            var response = http.send(builder.build(), BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
