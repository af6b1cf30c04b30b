package org.samling.export.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.samling.platform.error.SamlingException;

/** Every exporter, by Dataverse's name and by OAI-PMH prefix. */
@ApplicationScoped
public class Exporters {

    @Inject
    @Any
    Instance<Exporter> found;

    private List<Exporter> all;

    @PostConstruct
    void collect() {
        all = found.stream().sorted(Comparator.comparing(Exporter::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public List<Exporter> all() {
        return all;
    }

    public Exporter require(String name) {
        return all.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> SamlingException.badRequest("error.unknownExporter", String.valueOf(name),
                        String.join(", ", all.stream().map(Exporter::name).toList())));
    }

    public Optional<Exporter> byPrefix(String prefix) {
        return all.stream().filter(e -> e.oai().map(f -> f.prefix().equals(prefix)).orElse(false)).findFirst();
    }

    public List<Exporter> harvestable() {
        return all.stream().filter(e -> e.oai().isPresent()).toList();
    }
}
