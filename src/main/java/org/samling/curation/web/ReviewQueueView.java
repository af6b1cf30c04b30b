package org.samling.curation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.samling.account.control.CurrentCaller;
import org.samling.curation.control.MyData;

/** The curator's inbox, beside access requests: the submitted datasets waiting for their review. */
@Named
@RequestScoped
public class ReviewQueueView {

    static final int SHOWN = 100;

    @Inject
    MyData myData;

    @Inject
    CurrentCaller caller;

    private List<MyData.Item> waiting;

    public List<MyData.Item> getWaiting() {
        if (waiting == null) {
            waiting = myData.of(caller.context(), MyData.State.IN_REVIEW, 0, SHOWN).items().stream()
                    .filter(MyData.Item::curates).toList();
        }
        return waiting;
    }
}
