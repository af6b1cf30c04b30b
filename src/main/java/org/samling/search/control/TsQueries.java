package org.samling.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.samling.file.control.TimedTranscript;
import org.samling.platform.persistence.Sql;

/**
 * Turns a parsed query into PostgreSQL's tsquery: each word as written (folded, and as a
 * prefix, so a compound's first part finds it), stemmed in Swedish, Norwegian and English, and
 * expanded to the words of the index's vocabulary that contain it (a compound's later parts:
 * {@code hjälp} finds {@code självhjälpsgrupper}). Only clean words ever reach the SQL text.
 */
@ApplicationScoped
public class TsQueries {

    static final int EXPANSIONS = 30;
    static final int MIN_PART = 4;
    /** Words looked up for compound parts; a long query's later words match as written and stemmed. */
    static final int EXPANDED_WORDS = 8;
    private static final List<String> STEMMERS = List.of("samling_swedish", "samling_norwegian", "samling_english");
    private static final Pattern CLEAN = Pattern.compile("[\\p{L}\\p{N}]+");

    @Inject
    Sql sql;

    /** The tsquery as text, or blank when nothing searchable is left. */
    public String render(QueryText text) {
        Map<String, List<String>> expansions = expansions(text.positiveWords());
        String expression = text.groups().stream()
                .map(group -> "(" + group.alternatives().stream().map(term -> term(term, expansions))
                        .collect(Collectors.joining(" || ")) + ")")
                .collect(Collectors.joining(" && "));
        return sql.one("select coalesce((" + expression + ")::text, '')", row -> row.getString(1)).orElse("");
    }

    private static String term(QueryText.Term term, Map<String, List<String>> expansions) {
        String weight = term.field().weight;
        String positive;
        if (term.isPhrase()) {
            String phrase = term.words().stream().map(w -> w + (weight.isEmpty() ? "" : ":" + weight))
                    .collect(Collectors.joining(" <-> "));
            positive = "(to_tsquery('samling_simple', '" + phrase + "')" + STEMMERS.stream()
                    .map(c -> " || to_tsquery('" + c + "', '" + phrase + "')").collect(Collectors.joining()) + ")";
        } else {
            String word = term.words().get(0);
            String suffix = weight.isEmpty() ? "" : ":" + weight;
            String prefix = word.length() >= 3 ? ":*" + weight : suffix;
            StringBuilder any = new StringBuilder("(to_tsquery('samling_simple', '" + word + prefix + "')");
            STEMMERS.forEach(c -> any.append(" || to_tsquery('").append(c).append("', '").append(word).append(suffix).append("')"));
            List<String> more = expansions.getOrDefault(word, List.of());
            if (!more.isEmpty()) {
                any.append(" || to_tsquery('simple', '").append(more.stream().map(w -> w + suffix)
                        .collect(Collectors.joining(" | "))).append("')");
            }
            positive = any.append(")").toString();
        }
        return term.excluded() ? "!!" + positive : positive;
    }

    /** For each word long enough to be a compound's part, the vocabulary's words that contain it: one query for all. */
    private Map<String, List<String>> expansions(List<String> words) {
        List<String> parts = words.stream().filter(w -> w.length() >= MIN_PART).limit(EXPANDED_WORDS).toList();
        Map<String, List<String>> found = new HashMap<>();
        if (parts.isEmpty()) {
            return found;
        }
        Map<String, String> byFolded = new HashMap<>();
        parts.forEach(w -> byFolded.putIfAbsent(fold(w), w));
        sql.list("select t, array(select w.word from search_word w where w.word like '%' || t || '%'"
                        + " and w.word not like t || '%' order by length(w.word), w.word limit " + EXPANSIONS + ")"
                        + " from unnest(?::text[]) t",
                row -> {
                    List<String> clean = java.util.Arrays.stream((String[]) row.getArray(2).getArray())
                            .filter(w -> CLEAN.matcher(w).matches()).toList();
                    if (!clean.isEmpty()) {
                        found.put(byFolded.get(row.getString(1)), clean);
                    }
                    return null;
                }, Sql.texts(byFolded.keySet()));
        return found;
    }

    /** "Did you mean": the query with each unknown word replaced by the closest public word of the vocabulary. */
    public Optional<String> suggestion(QueryText text) {
        List<String> words = text.positiveWords();
        boolean changed = false;
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            String folded = fold(word);
            String best = word;
            if (word.length() >= 3 && sql.count("select count(*) from search_word where word = ?", folded) == 0) {
                Optional<String> near = sql.one("select word from search_word where word % ? order by similarity(word, ?) desc,"
                        + " word limit 1", row -> row.getString(1), folded, folded);
                if (near.isPresent()) {
                    best = near.get();
                    changed = true;
                }
            }
            out.append(out.isEmpty() ? "" : " ").append(best);
        }
        return changed ? Optional.of(out.toString()) : Optional.empty();
    }

    /** Where in a timed transcript's recording the query's words are first spoken. */
    public Optional<Double> cueOf(long transcriptId, QueryText text) {
        Optional<String> content = sql.one("select content from file_text where datafile_id = ?", row -> row.getString(1),
                transcriptId);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        List<String> stems = text.positiveWords().stream().map(TsQueries::fold)
                .map(w -> w.length() > 5 ? w.substring(0, w.length() - 2) : w).toList();
        return TimedTranscript.parse(content.get()).stream()
                .filter(cue -> stems.stream().anyMatch(fold(cue.text())::contains))
                .map(TimedTranscript.Cue::start).findFirst();
    }

    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ø", "o").replace("æ", "ae").replace("ß", "ss");
    }
}
