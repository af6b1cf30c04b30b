package org.samling.search.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed in the search box, read as a search engine would: words (all must
 * match), {@code "a phrase"}, {@code -excluded}, {@code a OR b}, and field searches
 * ({@code author:Gotaas}, {@code title:...}, {@code keyword:...}). Nothing typed is an error:
 * an unbalanced quote closes at the end, stray punctuation is ignored, and only the first
 * {@link #MAX_TERMS} words count.
 */
public record QueryText(List<Group> groups) {

    public static final int MAX_TERMS = 32;
    static final int MAX_LENGTH = 1000;

    /** Where a term must be found: anywhere, or in one field (a tsvector weight). */
    public enum Field {
        ANY(""), TITLE("A"), AUTHOR("B"), KEYWORD("C");

        public final String weight;

        Field(String weight) {
            this.weight = weight;
        }

        static Field named(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "title" -> TITLE;
                case "author", "authorname" -> AUTHOR;
                case "keyword", "keywordvalue", "subject" -> KEYWORD;
                default -> null;
            };
        }
    }

    /** A word, or words that must stand together; excluded ones must not match. */
    public record Term(List<String> words, Field field, boolean excluded) {
        public boolean isPhrase() {
            return words.size() > 1;
        }
    }

    /** Terms of which any one must match ({@code a OR b}); a single term most often. */
    public record Group(List<Term> alternatives) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(-?)(?:([A-Za-z]+):)?(?:\"([^\"]*)(?:\"|$)|([^\\s\"]+))");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** {@code *}, or nothing: everything. */
    public boolean isEverything() {
        return groups.isEmpty();
    }

    public static QueryText parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        List<Group> groups = new ArrayList<>();
        List<Term> pending = new ArrayList<>();
        boolean or = false;
        int words = 0;
        Matcher token = TOKEN.matcher(text);
        while (token.find() && words < MAX_TERMS) {
            if (token.group(4) != null && token.group(4).equals("OR") && token.group(1).isEmpty()
                    && token.group(2) == null) {
                or = !pending.isEmpty();
                continue;
            }
            String fieldName = token.group(2);
            Field field = fieldName == null ? Field.ANY : Field.named(fieldName);
            String body = token.group(3) != null ? token.group(3) : token.group(4);
            if (field == null) {
                field = Field.ANY;
                body = fieldName + " " + body;
            }
            List<String> termWords = words(body, MAX_TERMS - words);
            if (termWords.isEmpty()) {
                continue;
            }
            words += termWords.size();
            Term term = new Term(termWords, field, !token.group(1).isEmpty());
            if (or && !pending.isEmpty()) {
                pending.add(term);
            } else {
                if (!pending.isEmpty()) {
                    groups.add(new Group(List.copyOf(pending)));
                }
                pending = new ArrayList<>(List.of(term));
            }
            or = false;
        }
        if (!pending.isEmpty()) {
            groups.add(new Group(List.copyOf(pending)));
        }
        return new QueryText(List.copyOf(groups));
    }

    private static List<String> words(String body, int room) {
        List<String> found = new ArrayList<>();
        Matcher word = WORD.matcher(body);
        while (word.find() && found.size() < room) {
            found.add(word.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    /** Every word that must or may match, for expansion and highlighting. */
    public List<String> positiveWords() {
        return groups.stream().flatMap(g -> g.alternatives().stream()).filter(t -> !t.excluded())
                .flatMap(t -> t.words().stream()).distinct().toList();
    }

    /** The same query with exclusions made plain: what "only these words excluded" must not match. */
    public QueryText inverted() {
        return new QueryText(groups.stream().map(g -> new Group(g.alternatives().stream()
                .map(t -> new Term(t.words(), t.field(), !t.excluded())).toList())).toList());
    }

    public boolean hasOnlyExclusions() {
        return !groups.isEmpty() && groups.stream().allMatch(g -> g.alternatives().stream().allMatch(Term::excluded));
    }
}
