package org.samling.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.util.Iterator;
import java.util.Locale;
import org.samling.platform.i18n.Messages;

/**
 * The language pages are shown in: the one picked (a cookie, set by {@link LanguageServlet}),
 * else the browser's preferred supported one.
 */
@Named
@RequestScoped
public class LocaleView {

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve(FacesContext.getCurrentInstance().getExternalContext());
        }
        return locale;
    }

    private static Locale resolve(ExternalContext external) {
        if (external.getRequestCookieMap().get(LanguageServlet.COOKIE) instanceof Cookie chosen) {
            return Messages.supported(Locale.forLanguageTag(chosen.getValue()));
        }
        for (Iterator<Locale> preferred = external.getRequestLocales(); preferred.hasNext(); ) {
            Locale candidate = preferred.next();
            String language = candidate.getLanguage();
            if (language.equals("en") || language.equals("sv") || language.equals("nb")
                    || language.equals("no") || language.equals("nn")) {
                return Messages.supported(candidate);
            }
        }
        return Locale.ENGLISH;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }
}
