package org.samling.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files the integration tests make: zips (honest and hostile) and a DOCX with an external entity. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Entries of zeros that inflate a thousandfold: what a zip bomb is made of. */
    static byte[] bomb(int entries, int bytesEach) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("zeros" + i + ".bin"));
                for (int written = 0; written < bytesEach; written += zeros.length) {
                    zip.write(zeros, 0, Math.min(zeros.length, bytesEach - written));
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A Word document whose text is an external entity pointing at {@code secretUri}. */
    static byte[] docxWithExternalEntity(String secretUri) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secretUri + "\">]>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>Before &xxe; after</w:t></w:r></w:p></w:body></w:document>";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>";
        return zip(new java.util.LinkedHashMap<>(Map.of(
                "[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8),
                "_rels/.rels", rels.getBytes(StandardCharsets.UTF_8),
                "word/document.xml", document.getBytes(StandardCharsets.UTF_8))));
    }
}
