package org.samling.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Set;
import org.samling.account.control.CurrentCaller;
import org.samling.platform.error.SamlingException;
import org.samling.platform.web.FacesMessages;
import org.samling.search.control.SearchIndex;
import org.samling.search.control.SearchRequest;

/** The search page: {@code search.xhtml?q=...&type=...&fq=...&sort=...&start=...}. */
@Named
@RequestScoped
public class SearchView {

    @Inject
    SearchIndex index;

    @Inject
    CurrentCaller caller;

    private SearchState state;

    public void load() throws IOException {
        state = SearchState.fromRequest("/search.xhtml", Set.of(SearchRequest.Kind.values()));
        try {
            state.setResult(index.search(caller.context(), state.request(null)));
        } catch (SamlingException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(400, FacesMessages.text(e.messageKey(), e.arguments()));
            faces.responseComplete();
        }
    }

    public SearchState getState() {
        return state;
    }
}
