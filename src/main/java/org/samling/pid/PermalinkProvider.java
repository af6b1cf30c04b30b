package org.samling.pid;

import org.samling.dataset.control.PidGenerator;
import org.samling.dataset.entity.GlobalId;

/**
 * Permalinks as Dataverse has them: {@code perma:{authority}/{shoulder}{id}}, resolved by this
 * site itself at {@code {site}/citation?persistentId=perma:...} ({@link PermalinkResolver}).
 * Nothing is registered anywhere: the site is the resolver, so the identifier lasts as long as
 * the site's address does.
 */
public class PermalinkProvider extends UnregisteredProvider {

    public static final String NAME = "permalink";

    private final String authority;
    private final String shoulder;

    public PermalinkProvider(String authority, String shoulder) {
        this.authority = authority;
        this.shoulder = shoulder;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GlobalId generate(PidGenerator generator) {
        return generator.next(GlobalId.PERMA, authority, shoulder);
    }
}
