package org.samling.dataset.entity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A persistent identifier such as {@code doi:10.5072/SAMLING/ABC123}, {@code hdl:...} or a
 * permalink {@code perma:SAMLING/ABC123} that resolves on this site.
 */
public record GlobalId(String protocol, String authority, String identifier) {

    public static final String PERMA = "perma";

    /** Where permalinks resolve; the PID providers set it to the site's address at start. */
    private static volatile String permalinkSite = "http://localhost:8080";

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

    /** The site's public address permalinks resolve at ({@code SAMLING_SITE_URL}). */
    public static void resolvePermalinksAt(String siteUrl) {
        permalinkSite = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    }

    /** Where the identifier resolves: doi.org for DOIs, the handle proxy for handles, this site for permalinks. */
    public String url() {
        return url(permalinkSite);
    }

    /** As {@link #url()}, with permalinks resolving on the site at {@code siteUrl}. */
    public String url(String siteUrl) {
        return switch (protocol) {
            case "doi" -> "https://doi.org/" + authority + "/" + identifier;
            case "hdl" -> "https://hdl.handle.net/" + authority + "/" + identifier;
            case PERMA -> (siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl)
                    + "/citation?persistentId=" + URLEncoder.encode(asString(), StandardCharsets.UTF_8)
                    .replace("%3A", ":").replace("%2F", "/");
            default -> asString();
        };
    }

    /** The identifier without its protocol, as registries know it: {@code 10.5072/SAMLING/ABC123}. */
    public String withoutProtocol() {
        return authority + "/" + identifier;
    }

    public String asString() {
        return protocol + ":" + authority + "/" + identifier;
    }

    @Override
    public String toString() {
        return asString();
    }
}
