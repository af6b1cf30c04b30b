package org.samling.pid;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.samling.dataset.entity.GlobalId;
import org.samling.platform.config.SamlingConfig;

/** The providers this installation has, by name, built once from the configuration. */
@ApplicationScoped
public class PidProviders {

    private static final Logger LOG = Logger.getLogger(PidProviders.class.getName());

    @Inject
    SamlingConfig config;

    @Inject
    PidConfig pidConfig;

    private final Map<String, PidProvider> providers = new LinkedHashMap<>();
    private String installationDefault;

    public PidProviders() {
    }

    /** For tests: the given providers, the first the installation's default. */
    public PidProviders(List<PidProvider> given) {
        given.forEach(provider -> providers.put(provider.name(), provider));
        installationDefault = given.get(0).name();
    }

    @PostConstruct
    void build() {
        providers.put(LocalDoiProvider.NAME, new LocalDoiProvider(config.pidProtocol(), config.pidAuthority(),
                config.pidShoulder()));
        providers.put(PermalinkProvider.NAME, new PermalinkProvider(config.pidAuthority(), config.pidShoulder()));
        providers.put(DataCiteProvider.NAME, new DataCiteProvider(pidConfig.dataciteUrl(),
                pidConfig.dataciteUsername().orElse(null), pidConfig.datacitePassword().orElse(null),
                config.pidAuthority(), config.pidShoulder()));
        installationDefault = pidConfig.provider();
        if (!providers.containsKey(installationDefault)) {
            LOG.severe(() -> "SAMLING_PID_PROVIDER=" + installationDefault + " is not one of " + providers.keySet()
                    + "; using local (unregistered test DOIs)");
            installationDefault = LocalDoiProvider.NAME;
        }
        if (DataCiteProvider.NAME.equals(installationDefault) && pidConfig.dataciteUsername().isEmpty()) {
            LOG.warning("SAMLING_PID_PROVIDER=datacite without SAMLING_DATACITE_USERNAME/PASSWORD: registrations "
                    + "will wait in the queue (GET /api/admin/pids) until they are set");
        }
        GlobalId.resolvePermalinksAt(config.siteUrl());
    }

    /** Built at start, so permalinks resolve at the configured site from the first request on. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        names();
    }

    public Optional<PidProvider> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(providers.get(name));
    }

    /** The provider by name; an unknown name (a stored value from a newer release, say) is the local one. */
    public PidProvider get(String name) {
        return find(name).orElse(providers.get(LocalDoiProvider.NAME) != null ? providers.get(LocalDoiProvider.NAME)
                : providers.values().iterator().next());
    }

    public String installationDefault() {
        return installationDefault;
    }

    public List<String> names() {
        return List.copyOf(providers.keySet());
    }
}
