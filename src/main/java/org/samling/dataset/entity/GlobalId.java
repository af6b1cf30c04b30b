package org.samling.dataset.entity;

import java.util.Optional;

/** A persistent identifier such as {@code doi:10.5072/SAMLING/ABC123}. */
public record GlobalId(String protocol, String authority, String identifier) {

    public static Optional<GlobalId> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        int slash = value.indexOf('/', colon + 1);
        if (colon <= 0 || slash <= colon + 1 || slash == value.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new GlobalId(value.substring(0, colon), value.substring(colon + 1, slash),
                value.substring(slash + 1)));
    }

    /** Where the identifier resolves: doi.org for DOIs, the handle proxy for handles. */
    public String url() {
        return switch (protocol) {
            case "doi" -> "https://doi.org/" + authority + "/" + identifier;
            case "hdl" -> "https://hdl.handle.net/" + authority + "/" + identifier;
            default -> asString();
        };
    }

    public String asString() {
        return protocol + ":" + authority + "/" + identifier;
    }

    @Override
    public String toString() {
        return asString();
    }
}
