package org.samling.pid;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.samling.dataset.control.PidGenerator;
import org.samling.dataset.entity.GlobalId;
import org.samling.platform.json.Json;

/**
 * DOIs registered with DataCite through its REST API ({@code https://api.datacite.org}, or
 * {@code https://api.test.datacite.org} for a test account): a JSON:API document
 * ({@code application/vnd.api+json}) with basic authentication by repository id and password.
 *
 * <ul>
 *   <li>reserve: {@code POST /dois} with only the DOI and no event, so the DOI is a draft;</li>
 *   <li>publish and update: {@code PUT /dois/{doi}} with the metadata and {@code "event":"publish"},
 *       which makes it findable (and keeps a findable one findable);</li>
 *   <li>tombstone: {@code PUT /dois/{doi}} with tombstone metadata and no event. A findable DOI can
 *       never be deleted or go back to draft; DataCite's {@code hide} event would make it
 *       "registered" (resolving, but left out of DataCite's search), and Dataverse's practice is to
 *       keep it findable with metadata saying the dataset was withdrawn, which is what this does:
 *       the DOI still resolves to the landing page, where the tombstone explains.</li>
 * </ul>
 */
public class DataCiteProvider implements PidProvider {

    public static final String NAME = "datacite";
    public static final String MEDIA_TYPE = "application/vnd.api+json";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** DataCite's languages are ISO 639-1 codes; Samling stores names. */
    private static final Map<String, String> LANGUAGE_CODES = Map.of("English", "en", "Swedish", "sv",
            "Norwegian Bokmål", "nb", "Norwegian Nynorsk", "nn", "Norwegian", "no", "Danish", "da", "Finnish", "fi",
            "German", "de", "French", "fr");

    private final URI base;
    private final String username;
    private final String password;
    private final String authority;
    private final String shoulder;
    private final HttpClient http;

    public DataCiteProvider(String baseUrl, String username, String password, String authority, String shoulder) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.username = username;
        this.password = password;
        this.authority = authority;
        this.shoulder = shoulder;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GlobalId generate(PidGenerator generator) {
        return generator.next("doi", authority, shoulder);
    }

    @Override
    public boolean registers() {
        return true;
    }

    @Override
    public void reserve(GlobalId id) throws PidException {
        JsonObject body = document(Json.createObjectBuilder().add("doi", doi(id)));
        Answer answer = send("POST", base.resolve("dois"), body);
        if (answer.status() == 422 && answer.body().contains("already been taken")) {
            return; // reserved by an earlier attempt whose answer was lost
        }
        answer.requireSuccess("reserve", id);
    }

    @Override
    public void publish(GlobalId id, PidMetadata metadata) throws PidException {
        send("PUT", doiUri(id), document(attributes(id, metadata).add("event", "publish"))).requireSuccess("publish", id);
    }

    @Override
    public void update(GlobalId id, PidMetadata metadata) throws PidException {
        send("PUT", doiUri(id), document(attributes(id, metadata).add("event", "publish"))).requireSuccess("update", id);
    }

    @Override
    public void tombstone(GlobalId id, PidMetadata tombstone) throws PidException {
        send("PUT", doiUri(id), document(attributes(id, tombstone))).requireSuccess("tombstone", id);
    }

    /** The DOI as DataCite writes it: without {@code doi:}. */
    static String doi(GlobalId id) {
        return id.withoutProtocol();
    }

    private URI doiUri(GlobalId id) {
        return base.resolve("dois/" + doi(id));
    }

    static JsonObject document(JsonObjectBuilder attributes) {
        return Json.createObjectBuilder()
                .add("data", Json.createObjectBuilder().add("type", "dois").add("attributes", attributes))
                .build();
    }

    static JsonObjectBuilder attributes(GlobalId id, PidMetadata metadata) {
        JsonObjectBuilder attributes = Json.createObjectBuilder()
                .add("doi", doi(id))
                .add("url", metadata.url())
                .add("titles", Json.createArrayBuilder().add(Json.createObjectBuilder().add("title", metadata.title())))
                .add("publisher", metadata.publisher())
                .add("publicationYear", metadata.publicationYear())
                .add("types", Json.createObjectBuilder().add("resourceTypeGeneral", "Dataset")
                        .add("resourceType", "Dataset"));
        JsonArrayBuilder creators = Json.createArrayBuilder();
        for (PidMetadata.Creator creator : metadata.creators()) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("name", creator.name());
            if (!PidMetadata.UNAVAILABLE.equals(creator.name())) {
                json.add("nameType", creator.orcid() != null || creator.name().contains(",") ? "Personal"
                        : "Organizational");
            }
            JsonArrayBuilder affiliation = Json.createArrayBuilder();
            if (creator.affiliation() != null && !creator.affiliation().isBlank()) {
                affiliation.add(Json.createObjectBuilder().add("name", creator.affiliation()));
            }
            json.add("affiliation", affiliation);
            JsonArrayBuilder identifiers = Json.createArrayBuilder();
            if (creator.orcid() != null) {
                identifiers.add(Json.createObjectBuilder()
                        .add("nameIdentifier", "https://orcid.org/" + creator.orcid())
                        .add("nameIdentifierScheme", "ORCID")
                        .add("schemeUri", "https://orcid.org"));
            }
            json.add("nameIdentifiers", identifiers);
            creators.add(json);
        }
        attributes.add("creators", creators);
        JsonArrayBuilder subjects = Json.createArrayBuilder();
        metadata.subjects().forEach(subject -> subjects.add(Json.createObjectBuilder().add("subject", subject)));
        attributes.add("subjects", subjects);
        // absent attributes keep their old values at DataCite (PUT merges): null clears, so a tombstone keeps none
        if (metadata.language() != null) {
            attributes.add("language", LANGUAGE_CODES.getOrDefault(metadata.language(), metadata.language()));
        } else {
            attributes.addNull("language");
        }
        JsonArrayBuilder rights = Json.createArrayBuilder();
        for (PidMetadata.Rights right : metadata.rights()) {
            JsonObjectBuilder json = Json.createObjectBuilder().add("rights", right.name());
            if (right.uri() != null) {
                json.add("rightsUri", right.uri());
            }
            rights.add(json);
        }
        attributes.add("rightsList", rights);
        JsonArrayBuilder descriptions = Json.createArrayBuilder();
        if (metadata.description() != null && !metadata.description().isBlank()) {
            descriptions.add(Json.createObjectBuilder().add("description", metadata.description())
                    .add("descriptionType", "Abstract"));
        }
        attributes.add("descriptions", descriptions);
        if (metadata.version() != null) {
            attributes.add("version", metadata.version());
        } else {
            attributes.addNull("version");
        }
        return attributes;
    }

    private record Answer(int status, String body) {

        void requireSuccess(String what, GlobalId id) throws PidException {
            if (status < 200 || status >= 300) {
                String text = body.length() > 500 ? body.substring(0, 500) + "…" : body;
                throw new PidException("DataCite refused to " + what + " " + doi(id) + ": HTTP " + status
                        + (text.isBlank() ? "" : ": " + text), status);
            }
        }
    }

    private Answer send(String method, URI uri, JsonObject body) throws PidException {
        if (username == null || username.isBlank() || password == null) {
            throw new PidException("DataCite is not configured: set SAMLING_DATACITE_USERNAME and "
                    + "SAMLING_DATACITE_PASSWORD", 0);
        }
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", MEDIA_TYPE)
                .header("Accept", MEDIA_TYPE)
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body() == null ? "" : response.body());
        } catch (IOException e) {
            throw new PidException("DataCite could not be reached at " + base + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PidException("Interrupted while calling DataCite", e);
        }
    }
}
