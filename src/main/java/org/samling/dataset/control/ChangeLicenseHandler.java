package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class ChangeLicenseHandler implements CommandHandler<ChangeLicenseCommand, Void> {

    @Inject
    Sql sql;

    @Inject
    Licenses licenses;

    @Override
    public Void handle(ChangeLicenseCommand command) {
        sql.update("lock table license in share row exclusive mode");
        Licenses.Entry license = licenses.require(command.licenseId());
        switch (command.change()) {
            case MAKE_DEFAULT -> {
                if (!license.active()) {
                    throw SamlingException.badRequest("error.licenseInactiveDefault");
                }
                sql.update("update license set is_default = false where is_default");
                sql.update("update license set is_default = true where id = ?", license.id());
            }
            case ACTIVATE, DEACTIVATE -> {
                boolean active = command.change() == ChangeLicenseCommand.Change.ACTIVATE;
                if (!active && license.isDefault()) {
                    throw SamlingException.badRequest("error.licenseDefaultInactive");
                }
                sql.update("update license set active = ? where id = ?", active, license.id());
            }
            case SORT_ORDER -> sql.update("update license set sort_order = ? where id = ?", command.value(), license.id());
            case DELETE -> {
                if (license.isDefault()) {
                    throw SamlingException.conflict("error.licenseDefaultDelete");
                }
                if (sql.count("select count(*) from dataset_version where license = ?", license.name()) > 0) {
                    throw SamlingException.conflict("error.licenseInUse", license.name());
                }
                sql.update("delete from license where id = ?", license.id());
            }
        }
        return null;
    }
}
