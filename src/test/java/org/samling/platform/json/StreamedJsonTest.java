package org.samling.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StreamedJsonTest {

    private static JsonObject written(StreamedJson json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(out);
        return Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).readObject();
    }

    @Test
    void insertsTheProducedItemsIntoTheObjectAtThePointerAndKeepsEverythingElse() {
        JsonObject shape = Json.createObjectBuilder().add("status", "OK")
                .add("data", Json.createObjectBuilder().add("id", 7)
                        .add("latestVersion", Json.createObjectBuilder().add("versionState", "RELEASED")
                                .add("metadataBlocks", Json.createObjectBuilder().add("citation", Json.createObjectBuilder()))))
                .build();
        JsonObject written = written(StreamedJson.of(shape).insert("/data/latestVersion", "files",
                sink -> {
                    for (int i = 0; i < 3; i++) {
                        sink.accept(Json.createObjectBuilder().add("label", "file-" + i).build());
                    }
                }));

        JsonObject latest = shape.getJsonObject("data").getJsonObject("latestVersion");
        JsonObject expected = Json.createObjectBuilder(shape)
                .add("data", Json.createObjectBuilder(shape.getJsonObject("data"))
                        .add("latestVersion", Json.createObjectBuilder(latest)
                                .add("files", Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder().add("label", "file-0"))
                                        .add(Json.createObjectBuilder().add("label", "file-1"))
                                        .add(Json.createObjectBuilder().add("label", "file-2")))))
                .build();
        assertEquals(expected, written);
    }

    @Test
    void reachesObjectsInsideArraysByTheirIndex() {
        JsonObject shape = Json.createObjectBuilder().add("totalCount", 2)
                .add("data", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", 1))
                        .add(Json.createObjectBuilder().add("id", 2)))
                .build();
        JsonObject written = written(StreamedJson.of(shape)
                .insert("/data/1", "files", sink -> sink.accept(Json.createValue("only the second"))));

        assertFalse(written.getJsonArray("data").getJsonObject(0).containsKey("files"));
        assertEquals(1, written.getJsonArray("data").getJsonObject(0).getInt("id"));
        assertEquals("only the second", written.getJsonArray("data").getJsonObject(1).getJsonArray("files").getString(0));
        assertEquals(2, written.getInt("totalCount"));
    }

    @Test
    void producesTheItemsOnlyWhileWritingAndOnce() {
        AtomicInteger produced = new AtomicInteger();
        StreamedJson json = StreamedJson.of(Json.createObjectBuilder().build())
                .insert("", "files", sink -> produced.incrementAndGet());
        assertEquals(0, produced.get());
        written(json);
        assertEquals(1, produced.get());
    }
}
