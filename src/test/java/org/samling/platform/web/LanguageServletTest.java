package org.samling.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageServletTest {

    @Test
    void itReturnsOnlyToPagesOfThisSite() {
        assertEquals("/dataset.xhtml?persistentId=doi:10.5072/X", LanguageServlet.safeReturn("/dataset.xhtml?persistentId=doi:10.5072/X"));
        assertEquals("/", LanguageServlet.safeReturn("//evil.example/"));
        assertEquals("/", LanguageServlet.safeReturn("/\\evil.example/"));
        assertEquals("/", LanguageServlet.safeReturn("https://evil.example/"));
        assertEquals("/", LanguageServlet.safeReturn("/x\r\nSet-Cookie: a=b"));
        assertEquals("/", LanguageServlet.safeReturn(null));
    }
}
