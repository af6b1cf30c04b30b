package org.samling.export.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlOutTest {

    @Test
    void textXmlCannotHoldIsLeftOutAndTheRestEscaped() {
        XmlOut xml = new XmlOut(Map.of("", "urn:test"), false);
        String out = xml.open("root").element("a", "fish & <chips>\u0000\u0007 ok \uD83D\uDE00").close().finish();
        assertTrue(out.startsWith("<root xmlns=\"urn:test\"><a>fish &amp; &lt;chips"), out);
        assertTrue(out.endsWith(" ok \uD83D\uDE00</a></root>"), out);
        assertTrue(out.indexOf('\u0000') < 0 && out.indexOf('\u0007') < 0, "no control character");
    }

    @Test
    void blankValuesMakeNoElementAndPrefixesFindTheirNamespaces() {
        XmlOut xml = new XmlOut(Map.of("dc", "http://purl.org/dc/elements/1.1/", "x", "urn:x"), true);
        String out = xml.open("x:r").element("dc:title", " ").element("dc:creator", "Ann").close().finish();
        assertTrue(out.contains("<dc:creator>Ann</dc:creator>") && !out.contains("dc:title"), out);
        assertTrue(out.contains("xmlns:dc=\"http://purl.org/dc/elements/1.1/\""), out);
    }
}
