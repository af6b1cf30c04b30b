package org.samling.platform.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A JSON answer written as it is made: a built shape, with arrays inserted at given places
 * whose items are produced one by one while the answer is written. A dataset's 100,000 files
 * are then read, turned into JSON and sent a batch at a time, never held together in memory.
 */
public final class StreamedJson implements StreamingOutput {

    /** The items of an inserted array, handed one by one to the writer. */
    @FunctionalInterface
    public interface Items {
        void forEach(Consumer<JsonValue> sink);
    }

    private record Insertion(String name, Items items) {
    }

    private final JsonValue shape;
    private final Map<String, List<Insertion>> insertions = new LinkedHashMap<>();

    private StreamedJson(JsonValue shape) {
        this.shape = shape;
    }

    public static StreamedJson of(JsonValue shape) {
        return new StreamedJson(shape);
    }

    /**
     * Adds the array {@code name} to the object at {@code pointer} (a JSON pointer such as
     * {@code /data/latestVersion} or {@code /data/0}; the empty pointer is the top).
     */
    public StreamedJson insert(String pointer, String name, Items items) {
        insertions.computeIfAbsent(pointer, key -> new ArrayList<>()).add(new Insertion(name, items));
        return this;
    }

    @Override
    public void write(OutputStream out) {
        try (JsonGenerator generator = Json.createGenerator(out)) {
            write(generator, null, shape, "");
        }
    }

    private void write(JsonGenerator generator, String name, JsonValue value, String pointer) {
        if (value instanceof JsonObject object && reaches(pointer)) {
            start(generator, name, true);
            object.forEach((key, member) -> write(generator, key, member, pointer + "/" + escape(key)));
            for (Insertion insertion : insertions.getOrDefault(pointer, List.of())) {
                generator.writeStartArray(insertion.name());
                insertion.items().forEach(generator::write);
                generator.writeEnd();
            }
            generator.writeEnd();
        } else if (value instanceof JsonArray array && reaches(pointer)) {
            start(generator, name, false);
            for (int i = 0; i < array.size(); i++) {
                write(generator, null, array.get(i), pointer + "/" + i);
            }
            generator.writeEnd();
        } else if (name == null) {
            generator.write(value);
        } else {
            generator.write(name, value);
        }
    }

    private boolean reaches(String pointer) {
        return insertions.keySet().stream().anyMatch(key -> key.equals(pointer) || key.startsWith(pointer + "/"));
    }

    private static void start(JsonGenerator generator, String name, boolean object) {
        if (name == null) {
            if (object) {
                generator.writeStartObject();
            } else {
                generator.writeStartArray();
            }
        } else if (object) {
            generator.writeStartObject(name);
        } else {
            generator.writeStartArray(name);
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
