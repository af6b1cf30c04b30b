package org.samling.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void markupCharactersBecomeEntitiesAndAllElseIsKept() {
        assertEquals("&lt;i&gt;fish &amp; &quot;chips&quot; &#39;n&#39; ömsesidig&lt;/i&gt;",
                Html.escape("<i>fish & \"chips\" 'n' ömsesidig</i>"));
        assertEquals("plain", Html.escape("plain"));
        assertEquals("a=1&amp;b=2", Html.append(new StringBuilder("a=1"), "&b=2").toString());
        assertEquals("x", Html.append(new StringBuilder("x"), null).toString());
    }
}
