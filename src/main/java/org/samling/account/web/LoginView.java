package org.samling.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.samling.account.control.SignInCommand;
import org.samling.account.control.CurrentCaller;
import org.samling.account.entity.AppUser;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/** The sign-in page: user name (or e-mail) and password. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    private String username;
    private String password;
    private String returnTo;

    public String signIn() throws IOException {
        Long userId;
        try {
            userId = engine.submit(new SignInCommand(caller.context(), username, password));
        } catch (SamlingException e) {
            FacesMessages.error(null, "login.failed");
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(CurrentCaller.SESSION_USER, userId);
        external.redirect(external.getRequestContextPath() + safeReturn());
        return null;
    }

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }

    public boolean isSignedIn() {
        return caller.user().isPresent();
    }

    public String getDisplayName() {
        return caller.user().map(AppUser::getDisplayName).orElse("");
    }

    /** Only a path on this site, never another host. */
    String safeReturn() {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.contains("login.xhtml")) {
            return "/";
        }
        return returnTo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }
}
