package org.samling.curation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.samling.account.control.CurrentCaller;
import org.samling.curation.control.MyData;

/** "My data" ({@code ?state=DRAFT&page=2}): what the signed-in user deposited or curates, by state. */
@Named
@RequestScoped
public class MyDataView {

    static final int PER_PAGE = 25;

    @Inject
    MyData myData;

    @Inject
    CurrentCaller caller;

    private MyData.State state;
    private int page = 1;
    private MyData.Page result;

    @PostConstruct
    void readAddress() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String wanted = parameters.get("state");
        state = Arrays.stream(MyData.State.values()).filter(s -> s.name().equals(wanted)).findFirst().orElse(null);
        try {
            page = Math.max(1, Integer.parseInt(parameters.getOrDefault("page", "1")));
        } catch (NumberFormatException e) {
            page = 1;
        }
    }

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (caller.context().isGuest()) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/login.xhtml?returnTo=%2Fmy-data.xhtml");
            faces.responseComplete();
        }
    }

    private MyData.Page result() {
        if (result == null) {
            result = myData.of(caller.context(), state, (page - 1) * PER_PAGE, PER_PAGE);
        }
        return result;
    }

    public List<MyData.Item> getItems() {
        return result().items();
    }

    public long getTotal() {
        return result().total();
    }

    public MyData.State[] getStates() {
        return MyData.State.values();
    }

    public String getState() {
        return state == null ? "" : state.name();
    }

    public int getPage() {
        return page;
    }

    public boolean isHasNext() {
        return (long) page * PER_PAGE < result().total();
    }
}
