package org.samling.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing texts, in English, Swedish and Norwegian bokmål. */
public final class Messages {

    public static final String BUNDLE = "messages";
    public static final List<Locale> SUPPORTED = List.of(
            Locale.ENGLISH, Locale.forLanguageTag("sv"), Locale.forLanguageTag("nb"));

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, supported(locale)).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public static String english(String key, Object... args) {
        return get(Locale.ENGLISH, key, args);
    }

    /** The supported locale closest to the one asked for; Norwegian of any kind reads bokmål. */
    public static Locale supported(Locale wanted) {
        if (wanted == null) {
            return Locale.ENGLISH;
        }
        String language = wanted.getLanguage();
        if (language.equals("no") || language.equals("nn") || language.equals("nb")) {
            return SUPPORTED.get(2);
        }
        if (language.equals("sv")) {
            return SUPPORTED.get(1);
        }
        return Locale.ENGLISH;
    }
}
