package org.samling.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in English, Swedish and Norwegian, and every key the code and pages use exists. */
class MessagesTest {

    @Test
    void theThreeLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = keys("en");
        assertEquals(english, keys("sv"));
        assertEquals(english, keys("nb"));
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> english = keys("en");
        Set<String> used = new TreeSet<>();
        Pattern page = Pattern.compile("msg\\['([a-zA-Z.]+)'\\]");
        Pattern code = Pattern.compile("\"((?:error|validation|upload|publish|dataset|login|file|files|inbox|myAccess|permissions|review|request|mail|confirm|history|notifications)\\.(?!xhtml|zip)[a-zA-Z]+)\"");
        collect(Path.of("src/main/webapp"), ".xhtml", page, used);
        collect(Path.of("src/main/java"), ".java", code, used);
        for (String prefix : List.of("state.", "kind.", "access.", "extraction.", "type.")) {
            for (String key : english) {
                assertTrue(!key.startsWith(prefix) || !key.endsWith("."), key);
            }
        }
        for (org.samling.access.entity.RequestState state : org.samling.access.entity.RequestState.values()) {
            used.add("state." + state.name());
        }
        for (org.samling.authz.FileAccess access : org.samling.authz.FileAccess.values()) {
            used.add("access." + access.name());
        }
        for (String kind : List.of("EXPLICIT", "IP_RANGE", "EMAIL_DOMAIN")) {
            used.add("kind." + kind);
        }
        used.removeAll(english);
        assertTrue(used.isEmpty(), "missing texts: " + used);
    }

    @Test
    void everyTextIsAValidMessagePattern() throws IOException {
        for (String language : new String[] {"en", "sv", "nb"}) {
            java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("messages", Locale.forLanguageTag(language));
            for (String key : bundle.keySet()) {
                new java.text.MessageFormat(bundle.getString(key), Locale.forLanguageTag(language));
                // MessageFormat drops a plain apostrophe and quotes what follows it: write ’ instead
                assertTrue(!bundle.getString(key).contains("'"), language + ": " + key);
            }
        }
    }

    @Test
    void norwegianOfAnyKindReadsBokmal() {
        assertEquals("nb", Messages.supported(Locale.forLanguageTag("nn-NO")).getLanguage());
        assertEquals("nb", Messages.supported(Locale.forLanguageTag("no")).getLanguage());
        assertEquals("en", Messages.supported(Locale.GERMAN).getLanguage());
        assertEquals("Logga in", Messages.get(Locale.forLanguageTag("sv-SE"), "nav.signIn"));
    }

    private static Set<String> keys(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
        }
    }
}
