package org.samling.access.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.samling.access.control.ConfirmGuestCommand;
import org.samling.account.control.CurrentCaller;
import org.samling.account.entity.AppUser;
import org.samling.platform.command.CommandEngine;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;

/**
 * {@code confirm.xhtml?token=}: the link in a guest's e-mail. It confirms the address (sending
 * the request on to the curators) or signs the guest in again, in this browser.
 */
@Named
@RequestScoped
public class ConfirmView {

    @Inject
    CommandEngine engine;

    @Inject
    CurrentCaller caller;

    private String token;
    private boolean confirmed;
    private String guestName;
    private boolean signedInAsGuest;

    public void confirm() {
        try {
            AppUser guest = engine.submit(new ConfirmGuestCommand(caller.context(), token));
            // a mailed link may sign in a guest, never a full account with its roles
            signedInAsGuest = guest.isGuest();
            if (signedInAsGuest) {
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                HttpServletRequest request = (HttpServletRequest) external.getRequest();
                request.getSession(true);
                request.changeSessionId();
                request.getSession().setAttribute(CurrentCaller.SESSION_USER, guest.getId());
            }
            confirmed = true;
            guestName = guest.getDisplayName();
        } catch (SamlingException e) {
            FacesMessages.error(e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isSignedInAsGuest() {
        return signedInAsGuest;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getGuestName() {
        return guestName;
    }
}
