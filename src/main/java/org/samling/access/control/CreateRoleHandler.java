package org.samling.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.samling.authz.Permission;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class CreateRoleHandler implements CommandHandler<CreateRoleCommand, Long> {

    static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9_\\-]{1,31}");

    @Inject
    Sql sql;

    @Override
    public Long handle(CreateRoleCommand command) {
        if (command.alias() == null || !ALIAS.matcher(command.alias()).matches()) {
            throw SamlingException.badRequest("error.badRoleAlias");
        }
        if (command.permissions().isEmpty() || command.permissions().contains(Permission.ADMINISTER)) {
            throw SamlingException.badRequest("error.badRolePermissions");
        }
        if (sql.count("select count(*) from role where alias = ? and (collection_id is null or collection_id = ?)",
                command.alias(), command.collection().getId()) > 0) {
            throw SamlingException.conflict("error.aliasTaken", command.alias());
        }
        return sql.one("insert into role (alias, name, permissions, collection_id) values (?, ?, ?, ?) returning id",
                row -> row.getLong(1), command.alias(), command.name() == null || command.name().isBlank()
                        ? command.alias() : command.name().strip(),
                Sql.texts(command.permissions().stream().map(Enum::name).distinct().toList()),
                command.collection().getId()).orElseThrow();
    }
}
