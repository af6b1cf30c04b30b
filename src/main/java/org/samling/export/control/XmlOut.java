package org.samling.export.control;

import java.io.StringWriter;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one XML document with names given as {@code prefix:local} (or {@code local} in the
 * default namespace). Text that XML 1.0 cannot hold (control characters a depositor pasted)
 * is left out rather than breaking the document.
 */
public final class XmlOut {

    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;
    private final Map<String, String> namespaces;
    private boolean rootOpen;

    /** @param namespaces prefix to namespace; "" for the default namespace */
    public XmlOut(Map<String, String> namespaces, boolean declaration) {
        this.namespaces = namespaces;
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            if (declaration) {
                xml.writeStartDocument("UTF-8", "1.0");
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlOut open(String name) {
        try {
            int colon = name.indexOf(':');
            String prefix = colon < 0 ? "" : name.substring(0, colon);
            String local = colon < 0 ? name : name.substring(colon + 1);
            String namespace = namespaces.getOrDefault(prefix, "");
            xml.writeStartElement(prefix, local, namespace);
            if (!rootOpen) {
                rootOpen = true;
                for (Map.Entry<String, String> ns : namespaces.entrySet()) {
                    if (ns.getKey().isEmpty()) {
                        xml.writeDefaultNamespace(ns.getValue());
                    } else {
                        xml.writeNamespace(ns.getKey(), ns.getValue());
                    }
                }
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlOut attr(String name, String value) {
        if (value == null) {
            return this;
        }
        try {
            int colon = name.indexOf(':');
            if (colon < 0) {
                xml.writeAttribute(name, clean(value));
            } else {
                String prefix = name.substring(0, colon);
                String namespace = prefix.equals("xml") ? "http://www.w3.org/XML/1998/namespace" : namespaces.get(prefix);
                xml.writeAttribute(prefix, namespace, name.substring(colon + 1), clean(value));
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlOut text(String value) {
        try {
            xml.writeCharacters(clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlOut close() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element holding just this text; nothing when the text is null or blank. */
    public XmlOut element(String name, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        return open(name).text(value).close();
    }

    /** An element with one attribute and this text; nothing when the text is null or blank. */
    public XmlOut element(String name, String attribute, String attributeValue, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        return open(name).attr(attribute, attributeValue).text(value).close();
    }

    public String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static String clean(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(XmlOut::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
