package org.samling.platform.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Locale;

/**
 * The language a request reads in: the one the visitor picked on the site (a cookie), else the
 * first of the browser's languages Samling speaks, else English.
 */
public final class PreferredLanguage {

    public static final String COOKIE = "samling-lang";

    private PreferredLanguage() {
    }

    public static Locale of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Messages.supported(Locale.forLanguageTag(cookie.getValue()));
                }
            }
        }
        for (Enumeration<Locale> wanted = request.getLocales(); wanted != null && wanted.hasMoreElements(); ) {
            Locale candidate = wanted.nextElement();
            if (speaks(candidate)) {
                return Messages.supported(candidate);
            }
        }
        return Locale.ENGLISH;
    }

    static boolean speaks(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en", "sv", "nb", "no", "nn" -> true;
            default -> false;
        };
    }
}
