package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class SaveGroupHandler implements CommandHandler<SaveGroupCommand, Long> {

    static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");
    static final Pattern DOMAIN = Pattern.compile("(?:[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    static final Set<String> KINDS = Set.of("EXPLICIT", "IP_RANGE", "EMAIL_DOMAIN");

    @Inject
    Sql sql;

    @Override
    public Long handle(SaveGroupCommand command) {
        GroupSpec group = command.group();
        if (group.alias() == null || !ALIAS.matcher(group.alias()).matches()) {
            throw SamlingException.badRequest("error.badAlias");
        }
        String kind = group.kind() == null ? "" : group.kind().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw SamlingException.badRequest("error.badGroupKind", String.valueOf(group.kind()));
        }
        Optional<Object[]> existing = sql.one("select id, collection_id, kind from app_group where alias = ?",
                row -> new Object[] {row.getLong(1), row.getLong(2), row.getString(3)}, group.alias());
        long id;
        if (existing.isPresent()) {
            if ((Long) existing.get()[1] != command.collection().getId() || !existing.get()[2].equals(kind)) {
                throw SamlingException.conflict("error.aliasTaken", group.alias());
            }
            id = (Long) existing.get()[0];
            sql.update("update app_group set name = ? where id = ?", name(group), id);
            sql.update("delete from group_member where group_id = ?", id);
            sql.update("delete from group_ip_range where group_id = ?", id);
            sql.update("delete from group_email_domain where group_id = ?", id);
        } else {
            id = sql.one("insert into app_group (alias, name, kind, collection_id) values (?, ?, ?, ?) returning id",
                    row -> row.getLong(1), group.alias(), name(group), kind, command.collection().getId()).orElseThrow();
        }
        switch (kind) {
            case "EXPLICIT" -> group.members().forEach(member -> addMember(id, member));
            case "IP_RANGE" -> group.ipRanges().forEach(range -> addRange(id, range));
            default -> group.domains().forEach(domain -> addDomain(id, domain));
        }
        return id;
    }

    private void addMember(long group, String member) {
        String username = member.startsWith("@") ? member.substring(1) : member;
        Long user = sql.one("select id from app_user where username = ?", row -> row.getLong(1), username)
                .orElseThrow(() -> SamlingException.badRequest("error.unknownAssignee", member));
        sql.update("insert into group_member (group_id, user_id) values (?, ?) on conflict do nothing", group, user);
    }

    private void addRange(long group, String range) {
        String cidr = sql.one("select ip_range_or_null(?)::text", row -> row.getString(1), range == null ? "" : range)
                .filter(java.util.Objects::nonNull)
                .orElseThrow(() -> SamlingException.badRequest("error.badIpRange", range));
        sql.update("insert into group_ip_range (group_id, ip_range) values (?, ?::cidr) on conflict do nothing", group, cidr);
    }

    private void addDomain(long group, String domain) {
        String plain = domain.strip().toLowerCase(Locale.ROOT).replaceFirst("^@", "");
        if (!DOMAIN.matcher(plain).matches()) {
            throw SamlingException.badRequest("error.badDomain", domain);
        }
        sql.update("insert into group_email_domain (group_id, domain) values (?, ?) on conflict do nothing", group, plain);
    }

    private static String name(GroupSpec group) {
        return group.name() == null || group.name().isBlank() ? group.alias() : group.name().strip();
    }
}
