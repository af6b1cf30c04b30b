package org.samling.pid;

import org.samling.dataset.control.PidGenerator;
import org.samling.dataset.entity.GlobalId;

/**
 * The default: identifiers such as {@code doi:10.5072/SAMLING/ABC123} (DataCite's test prefix
 * unless configured otherwise) that are never registered anywhere, as Samling always made them.
 * Right for development and for sites without a registry account; such DOIs do not resolve.
 */
public class LocalDoiProvider extends UnregisteredProvider {

    public static final String NAME = "local";

    private final String protocol;
    private final String authority;
    private final String shoulder;

    public LocalDoiProvider(String protocol, String authority, String shoulder) {
        this.protocol = protocol;
        this.authority = authority;
        this.shoulder = shoulder;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GlobalId generate(PidGenerator generator) {
        return generator.next(protocol, authority, shoulder);
    }
}
