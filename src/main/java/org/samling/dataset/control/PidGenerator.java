package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import org.samling.dataset.entity.GlobalId;
import org.samling.platform.config.SamlingConfig;

/**
 * The local identifier provider: {@code doi:<authority>/<shoulder><6 characters>}, with the
 * test prefix 10.5072 unless configured otherwise. Characters that read alike are left out.
 */
@ApplicationScoped
public class PidGenerator {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private final SecureRandom random = new SecureRandom();

    @Inject
    SamlingConfig config;

    public GlobalId next() {
        StringBuilder id = new StringBuilder(config.pidShoulder());
        for (int i = 0; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new GlobalId(config.pidProtocol(), config.pidAuthority(), id.toString());
    }
}
