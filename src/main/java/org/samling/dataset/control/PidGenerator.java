package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import org.samling.dataset.entity.GlobalId;
import org.samling.platform.config.SamlingConfig;

/**
 * Makes identifiers {@code <protocol>:<authority>/<shoulder><6 characters>}, by default the
 * unregistered test DOIs {@code doi:10.5072/SAMLING/...}. Characters that read alike are left
 * out. Which provider's protocol, authority and shoulder a new dataset gets is decided by
 * {@link PidMinter} (the PID providers, {@code org.samling.pid}).
 */
@ApplicationScoped
public class PidGenerator {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private final SecureRandom random = new SecureRandom();

    @Inject
    SamlingConfig config;

    public GlobalId next() {
        return next(config.pidProtocol(), config.pidAuthority(), config.pidShoulder());
    }

    public GlobalId next(String protocol, String authority, String shoulder) {
        StringBuilder id = new StringBuilder(shoulder);
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new GlobalId(protocol, authority, id.toString());
    }
}
