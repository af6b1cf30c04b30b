package org.samling.access.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.access.control.AccessRequestReader;
import org.samling.account.control.CurrentCaller;

/** Whether the header shows the request inbox: to anyone who decides access somewhere. */
@Named
@RequestScoped
public class CuratorNav {

    @Inject
    AccessRequestReader requests;

    @Inject
    CurrentCaller caller;

    private Boolean curator;

    public boolean isCurator() {
        if (curator == null) {
            var context = caller.context();
            curator = !context.isGuest() && requests.decidesAnywhere(context);
        }
        return curator;
    }
}
