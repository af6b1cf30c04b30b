package org.samling.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetMarkingTest {

    @Test
    void matchedWordsAreMarkedAndEverythingElseEscaped() {
        String headline = "a <script> & " + SearchRows.MARK + "hjälp" + SearchRows.UNMARK + " \"x\"";
        assertEquals("a &lt;script&gt; &amp; <mark>hjälp</mark> &quot;x&quot;", SearchRows.marked(headline));
    }
}
