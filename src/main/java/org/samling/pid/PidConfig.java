package org.samling.pid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The PID settings beside those {@link org.samling.platform.config.SamlingConfig} already has
 * (authority, shoulder, site address), read the same way: {@code samling.pid.provider} from
 * {@code SAMLING_PID_PROVIDER}, and so on.
 */
@ApplicationScoped
public class PidConfig {

    @Inject
    @ConfigProperty(name = "samling.pid.provider", defaultValue = LocalDoiProvider.NAME)
    String provider;

    @Inject
    @ConfigProperty(name = "samling.datacite.url", defaultValue = "https://api.datacite.org")
    String dataciteUrl;

    @Inject
    @ConfigProperty(name = "samling.datacite.username")
    Optional<String> dataciteUsername;

    @Inject
    @ConfigProperty(name = "samling.datacite.password")
    Optional<String> datacitePassword;

    /** The installation's provider: what collections without a choice of their own use. */
    public String provider() {
        return provider.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public String dataciteUrl() {
        return dataciteUrl.strip();
    }

    public Optional<String> dataciteUsername() {
        return dataciteUsername.filter(name -> !name.isBlank());
    }

    public Optional<String> datacitePassword() {
        return datacitePassword;
    }
}
