package org.samling.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.samling.platform.i18n.Messages;

/** The language pages are shown in: the one picked, else the browser's preferred supported one. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        var preferred = faces.getExternalContext().getRequestLocales();
        while (preferred.hasNext()) {
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

    public String change(String language) {
        chosen = Messages.supported(Locale.forLanguageTag(language));
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
        return null;
    }
}
