package org.samling.platform.web;

import org.samling.platform.i18n.PreferredLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;

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
        return PreferredLanguage.of((HttpServletRequest) external.getRequest());
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }
}
