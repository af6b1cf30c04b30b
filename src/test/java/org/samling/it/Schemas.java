package org.samling.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The official schemas (DDI Codebook 2.5, DataCite 4.5, OAI-PMH 2.0, oai_dc), validated against with the JDK's validator. */
final class Schemas {

    static final String DDI = "schemas/ddi-codebook-2.5/ddi_codebook_2_5.xsd";
    static final String DATACITE = "schemas/datacite-4.5/metadata.xsd";
    static final String OAI_DC = "schemas/oai-pmh-2.0/oai_dc.xsd";

    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private Schemas() {
    }

    /** Throws with the validator's message when the document does not validate against the schema(s). */
    static void validate(String document, String... schemas) {
        try {
            schema(schemas).newValidator().validate(new StreamSource(new StringReader(document)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("not valid against " + String.join(", ", schemas) + ": " + e.getMessage()
                    + "\n" + document.substring(0, Math.min(2000, document.length())));
        }
    }

    /** An OAI-PMH response with the schemas its records' metadata need (its wildcard is strict). */
    static void validateOai(String response, String... metadataSchemas) {
        String[] all = new String[metadataSchemas.length + 1];
        all[0] = "schemas/oai-pmh-2.0/OAI-PMH.xsd";
        System.arraycopy(metadataSchemas, 0, all, 1, metadataSchemas.length);
        validate(response, all);
    }

    private static Schema schema(String... names) {
        return LOADED.computeIfAbsent(String.join("+", names), key -> {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                StreamSource[] sources = new StreamSource[names.length];
                for (int i = 0; i < names.length; i++) {
                    URL url = Schemas.class.getClassLoader().getResource(names[i]);
                    sources[i] = new StreamSource(url.toExternalForm());
                }
                return factory.newSchema(sources);
            } catch (SAXException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(utf8(s));
    }
}
