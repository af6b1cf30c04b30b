package org.samling.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Uploads that must succeed, and the staging area that must end empty, for the deposit tests. */
final class Deposits {

    private Deposits() {
    }

    /** Uploads a file from disk; returns the added file's JSON. */
    static JsonObject upload(Api api, Samling.User user, String pid, Path file, String jsonData) {
        return added(api.upload(pid, user.token(), file, file.getFileName().toString(), jsonData));
    }

    /** Uploads bytes under a name; returns the added file's JSON. */
    static JsonObject upload(Api api, Samling.User user, String pid, String name, byte[] content, String jsonData) {
        return added(api.upload(pid, user.token(), name, content, jsonData));
    }

    private static JsonObject added(Api.Response response) {
        assertEquals(200, response.status(), response.text());
        return response.data().getJsonArray("files").getJsonObject(0);
    }

    static void assertStagingEmpty() throws IOException {
        try (Stream<Path> staged = Files.list(Samling.home().resolve("files/tmp"))) {
            assertEquals(List.of(), staged.toList(), "nothing left in the staging area");
        }
    }
}
