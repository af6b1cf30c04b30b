package org.samling.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetMarkingTest {

    @Test
    void matchedWordsAreMarkedAndEverythingElseEscaped() {
        String headline = "a <script> & " + SearchIndex.MARK + "hjälp" + SearchIndex.UNMARK + " \"x\"";
        assertEquals("a &lt;script&gt; &amp; <mark>hjälp</mark> &quot;x&quot;", SearchIndex.marked(headline));
    }
}
