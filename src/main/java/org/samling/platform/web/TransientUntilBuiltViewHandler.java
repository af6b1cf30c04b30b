package org.samling.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * A page asked for with GET starts out transient; the template's {@code f:view transient} then
 * decides when the view is built. Without this, PrimeFaces' CSP mode, which asks before the
 * build, would keep its nonce in a view map, and the view map would open an HTTP session for
 * every reader. {@link CspNonceKeeper} keeps the nonce for the views that turn out to post back.
 */
public class TransientUntilBuiltViewHandler extends ViewHandlerWrapper {

    public TransientUntilBuiltViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && !context.isPostback()) {
            root.setTransient(true);
        }
        return root;
    }
}
