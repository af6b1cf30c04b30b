package org.samling.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.samling.platform.error.SamlingException;

/** Hashes and checks passwords with Jakarta Security's PBKDF2, and says what a good one is. */
@ApplicationScoped
public class Passwords {

    static final int MIN_LENGTH = 8;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Refuses passwords that are too short or lack a letter or a digit. */
    public static void requireStrong(String password) {
        if (password == null || password.length() < MIN_LENGTH
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw SamlingException.badRequest("error.weakPassword", MIN_LENGTH);
        }
    }
}
