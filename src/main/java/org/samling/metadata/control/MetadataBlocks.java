package org.samling.metadata.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.samling.metadata.entity.BlockDefinition;
import org.samling.metadata.entity.FieldDefinition;
import org.samling.platform.i18n.Messages;

/**
 * The metadata blocks this server knows, read once from their files under
 * {@code metadatablocks/}, with their labels, help texts and vocabulary values in English,
 * Swedish and Norwegian.
 */
@ApplicationScoped
public class MetadataBlocks {

    /** The shipped blocks, in the order forms show them. */
    public static final List<String> SHIPPED = List.of("citation", "socialscience", "geospatial", "sensitive");

    private volatile Map<String, BlockDefinition> blocks;
    private volatile Map<String, FieldDefinition> fields;

    public List<BlockDefinition> all() {
        return List.copyOf(byName().values());
    }

    public Optional<BlockDefinition> block(String name) {
        return Optional.ofNullable(name == null ? null : byName().get(name));
    }

    public Optional<FieldDefinition> field(String name) {
        byName();
        return Optional.ofNullable(name == null ? null : fields.get(name));
    }

    /** A block's name as people read it. */
    public String displayName(BlockDefinition block, Locale locale) {
        return text(block.name(), "metadatablock.displayName", locale).orElse(block.displayName());
    }

    public String title(FieldDefinition field, Locale locale) {
        return text(field.block(), "datasetfieldtype." + field.name() + ".title", locale).orElse(field.name());
    }

    public String description(FieldDefinition field, Locale locale) {
        return text(field.block(), "datasetfieldtype." + field.name() + ".description", locale).orElse("");
    }

    public String watermark(FieldDefinition field, Locale locale) {
        return text(field.block(), "datasetfieldtype." + field.name() + ".watermark", locale).orElse("");
    }

    /** A vocabulary value as people read it; the stored value stays the English one. */
    public String valueLabel(FieldDefinition field, String value, Locale locale) {
        return vocabularyLabel(field.block(), field.name(), value, locale);
    }

    /** A controlled vocabulary's value in the reader's language: {@code Social Sciences} is "Samhällsvetenskap" in Swedish. */
    public static String vocabularyLabel(String block, String fieldName, String value, Locale locale) {
        return text(block, "controlledvocabulary." + fieldName + "." + valueKey(value), locale).orElse(value);
    }

    /** Dataverse's key for a vocabulary value: lower case, spaces as underscores, accents stripped. */
    static String valueKey(String value) {
        String lower = value.toLowerCase(Locale.ROOT).replace(" ", "_");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("ł", "l");
    }

    private static Optional<String> text(String block, String key, Locale locale) {
        try {
            String text = ResourceBundle.getBundle("metadatablocks/" + block, Messages.supported(locale)).getString(key);
            return text.isBlank() ? Optional.empty() : Optional.of(text);
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private Map<String, BlockDefinition> byName() {
        if (blocks == null) {
            synchronized (this) {
                if (blocks == null) {
                    Map<String, BlockDefinition> read = new LinkedHashMap<>();
                    Map<String, FieldDefinition> allFields = new LinkedHashMap<>();
                    for (String name : SHIPPED) {
                        BlockDefinition block = read(name);
                        read.put(name, block);
                        allFields.putAll(block.fields());
                    }
                    fields = allFields;
                    blocks = read;
                }
            }
        }
        return blocks;
    }

    static BlockDefinition read(String name) {
        try (InputStream in = MetadataBlocks.class.getResourceAsStream("/metadatablocks/" + name + ".tsv")) {
            if (in == null) {
                throw new IllegalStateException("No block file metadatablocks/" + name + ".tsv");
            }
            return BlockFile.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Block file " + name + ".tsv: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of a block's file, to tell whether it changed since it was last loaded. */
    static String fileDigest(String name) {
        try (InputStream in = MetadataBlocks.class.getResourceAsStream("/metadatablocks/" + name + ".tsv")) {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(digest.digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
