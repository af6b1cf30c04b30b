package org.samling.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import org.samling.account.control.CsrfTokens;

/** The session's CSRF token, for the pages' scripts that call the API. */
@Named("csrf")
@RequestScoped
public class CsrfView {

    public String getToken() {
        HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
        return session == null ? "" : CsrfTokens.of(session);
    }
}
