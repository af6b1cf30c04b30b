package org.samling.platform.i18n;

import java.util.List;
import java.util.Locale;

/** A user-facing text not yet put into words: its message key and arguments, rendered per reader. */
public record Text(String key, List<Object> arguments) {

    public Text {
        arguments = List.copyOf(arguments);
    }

    public static Text of(String key, Object... arguments) {
        return new Text(key, List.of(arguments));
    }

    public String in(Locale locale) {
        return Messages.get(locale, key, arguments.toArray());
    }
}
