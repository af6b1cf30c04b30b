package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import org.samling.platform.command.CommandHandler;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

@ApplicationScoped
public class AddLicenseHandler implements CommandHandler<AddLicenseCommand, Long> {

    @Inject
    Sql sql;

    @Override
    public Long handle(AddLicenseCommand command) {
        String name = command.name() == null ? "" : command.name().strip();
        if (name.isEmpty() || name.length() > 255) {
            throw SamlingException.badRequest("error.licenseName");
        }
        if (!isWebAddress(command.uri())) {
            throw SamlingException.badRequest("error.licenseUri");
        }
        if (sql.count("select count(*) from license where lower(name) = lower(?) or uri = ?", name, command.uri()) > 0) {
            throw SamlingException.conflict("error.licenseExists");
        }
        return sql.one("insert into license (name, uri, short_description, icon_url, rights_identifier, active,"
                        + " sort_order) values (?, ?, ?, ?, ?, ?, ?) returning id", row -> row.getLong(1), name,
                command.uri(), command.shortDescription(), command.iconUrl(), command.rightsIdentifier(),
                command.active(), command.sortOrder()).orElseThrow();
    }

    static boolean isWebAddress(String address) {
        try {
            URI uri = new URI(address == null ? "" : address);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
