package org.samling.platform.web;

/**
 * Text made safe to write into HTML, as an element's content or a quoted attribute's value.
 * For markup built in one piece (a list of some hundred links) rather than element by element
 * through the response writer, whose calls cost more than the text they write.
 */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        return append(new StringBuilder(text.length() + 16), text).toString();
    }

    /** Appends {@code text} to {@code html}, escaped; nothing for null. */
    public static StringBuilder append(StringBuilder html, String text) {
        if (text == null) {
            return html;
        }
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null) {
                html.append(text, from, i).append(entity);
                from = i + 1;
            }
        }
        return html.append(text, from, text.length());
    }
}
