package org.samling.file.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/** Tells the language of extracted text (one at a time: the detector keeps state); "no" and "nn" read "nb". */
@ApplicationScoped
public class LanguageGuess {

    static final int SAMPLE = 20_000;

    private volatile LanguageDetector detector;

    public synchronized String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LanguageResult result = detector().detect(text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
        if (result.isUnknown() || result.getConfidence() == org.apache.tika.language.detect.LanguageConfidence.NONE) {
            return null;
        }
        String language = result.getLanguage();
        return language.equals("no") || language.equals("nn") ? "nb" : language;
    }

    private LanguageDetector detector() {
        LanguageDetector loaded = detector;
        if (loaded == null) {
            synchronized (this) {
                if (detector == null) {
                    detector = new OptimaizeLangDetector().loadModels();
                }
                loaded = detector;
            }
        }
        return loaded;
    }
}
