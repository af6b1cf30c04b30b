package org.samling.it;

import static org.samling.it.DatasetJson.field;
import static org.samling.it.DatasetJson.primitive;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the integration tests share: the WAR as built, the server's data folder, test users and datasets. */
public final class Samling {

    public static final String BUILTIN_USERS_KEY = "it-builtin-users-key";
    public static final long UPLOAD_LIMIT = 5_000_000;

    private Samling() {
    }

    /** The WAR exactly as {@code mvn package} built it. */
    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("samling.war")));
    }

    public static Path home() {
        return Path.of(System.getProperty("it.home"));
    }

    public static Path fixtures() {
        return Path.of(System.getProperty("samling.fixtures"));
    }

    public static String adminToken() {
        try {
            return Files.readString(home().resolve("admin.token")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first administrator's password, written by the server on its first start. */
    public static String adminPassword() {
        try {
            return Files.readString(home().resolve("admin.password")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record User(String username, String password, String token) {
    }

    /** A new account through {@code POST /api/builtin-users}. */
    public static User newUser(Api api, String prefix) {
        return newUser(api, prefix, "en");
    }

    /** @param language the language the account reads mail in */
    public static User newUser(Api api, String prefix, String language) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Test-pass-" + UUID.randomUUID().toString().substring(0, 6) + "1";
        String body = Json.createObjectBuilder()
                .add("userName", username).add("firstName", "Test").add("lastName", prefix)
                .add("email", username + "@example.org").add("affiliation", "Test institute")
                .add("language", language)
                .build().toString();
        Api.Response response = api.postJson("api/builtin-users?password=" + Api.encode(password)
                + "&key=" + BUILTIN_USERS_KEY, null, body);
        if (response.status() != 200) {
            throw new IllegalStateException("Could not create a user: " + response.text());
        }
        return new User(username, password, response.data().getString("apiToken"));
    }

    /** Dataverse dataset JSON with the fields every dataset needs. */
    public static String datasetJson(String title) {
        return datasetJson(title, "A study created by an integration test.");
    }

    public static String datasetJson(String title, String description) {
        JsonObjectBuilder citation = Json.createObjectBuilder().add("fields", Json.createArrayBuilder()
                .add(field("title", "primitive", false, Json.createValue(title)))
                .add(field("author", "compound", true, Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("authorName", primitive("authorName", "Tester, Ann"))
                        .add("authorAffiliation", primitive("authorAffiliation", "Test institute"))
                        .add("authorIdentifierScheme", field("authorIdentifierScheme", "controlledVocabulary", false,
                                Json.createValue("ORCID")))
                        .add("authorIdentifier", primitive("authorIdentifier", "0000-0002-1825-0097"))).build()))
                .add(field("datasetContact", "compound", true, Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("datasetContactEmail", primitive("datasetContactEmail", "ann@example.org"))).build()))
                .add(field("dsDescription", "compound", true, Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("dsDescriptionValue", primitive("dsDescriptionValue", description))).build()))
                .add(field("keyword", "compound", true, Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("keywordValue", primitive("keywordValue", "integration"))).build()))
                .add(field("subject", "controlledVocabulary", true,
                        Json.createArrayBuilder().add("Social Sciences").build())));
        return Json.createObjectBuilder().add("datasetVersion", Json.createObjectBuilder()
                .add("license", Json.createObjectBuilder().add("name", "CC BY 4.0"))
                .add("metadataBlocks", Json.createObjectBuilder().add("citation", citation))).build().toString();
    }

    /** Creates a collection under {@code parent} and returns its alias. */
    public static String createCollection(Api api, String token, String name, String parent) {
        String alias = "c" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = api.postJson("api/dataverses/" + parent, token, Json.createObjectBuilder()
                .add("alias", alias).add("name", name).add("dataverseType", "RESEARCH_PROJECTS")
                .add("dataverseContacts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("contactEmail", "curator@example.org"))).build().toString());
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a collection: " + created.status() + " " + created.text());
        }
        return alias;
    }

    /** Creates a dataset in root and returns its persistent identifier. */
    public static String createDataset(Api api, String token, String title) {
        Api.Response response = api.postJson("api/dataverses/root/datasets", token, datasetJson(title));
        if (response.status() != 201) {
            throw new IllegalStateException("Could not create a dataset: " + response.status() + " " + response.text());
        }
        return response.data().getString("persistentId");
    }

    /**
     * Moves the server's clock this far from real time (the server runs with
     * SAMLING_CLOCK_ADJUSTABLE); {@code Duration.ZERO} puts it back.
     */
    public static void moveClock(Api api, java.time.Duration offset) {
        Api.Response moved = api.put("api/admin/clock?offset=" + offset, adminToken(), new byte[0], "text/plain");
        if (moved.status() != 200) {
            throw new IllegalStateException("Could not move the clock: " + moved.text());
        }
    }

    public static JsonArrayBuilder array() {
        return Json.createArrayBuilder();
    }
}
