package org.samling.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.samling.platform.error.SamlingException;
import org.samling.platform.error.ValidationException;
import org.samling.platform.i18n.Messages;

/** Shows texts and errors to the user in the language of the current view. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** An error for the page; a validation failure lists each broken rule. */
    public static void error(SamlingException failure) {
        if (failure instanceof ValidationException validation) {
            validation.violations().forEach(v -> add(null, FacesMessage.SEVERITY_ERROR, text(v.messageKey(), v.arguments())));
        } else {
            add(null, FacesMessage.SEVERITY_ERROR, text(failure.messageKey(), failure.arguments()));
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Keeps messages across a redirect. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
    }
}
