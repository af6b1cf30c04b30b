package org.samling.access.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The exact terms a requester accepted: the version they belong to, their text and its digest. */
public record AcceptedTerms(Long versionId, String text, String sha256) {

    public static AcceptedTerms of(Long versionId, String text) {
        String terms = text == null ? "" : text;
        try {
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(terms.getBytes(StandardCharsets.UTF_8)));
            return new AcceptedTerms(versionId, terms, digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
