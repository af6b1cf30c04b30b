package org.samling.oai.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.function.Supplier;

/** The collection tree read once for one OAI-PMH request. */
@RequestScoped
public class RequestCollections {

    private Map<Long, OaiSets.Node> nodes;

    Map<Long, OaiSets.Node> nodes(Supplier<Map<Long, OaiSets.Node>> read) {
        if (nodes == null) {
            nodes = read.get();
        }
        return nodes;
    }
}
