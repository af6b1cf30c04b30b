package org.samling.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * After a page that posts back was rendered, remembers its CSP nonce where PrimeFaces looks for
 * it on the view's Ajax requests (the view map), so those are checked against it. Stateless
 * views keep nothing.
 */
public class CspNonceKeeper implements PhaseListener {

    static final String NONCE = "primefaces.nonce";

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot root = context.getViewRoot();
        if (root == null || root.isTransient() || context.isPostback()) {
            return;
        }
        var state = PrimeFacesContext.getCspState(context);
        if (state != null && state.getNonce() != null) {
            root.getViewMap(true).putIfAbsent(NONCE, state.getNonce());
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
