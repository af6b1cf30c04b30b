package org.samling.dataset.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.samling.dataset.entity.License;
import org.samling.platform.error.SamlingException;
import org.samling.platform.persistence.Sql;

/** The licenses the administrator offers depositors (CC0 1.0 and CC BY 4.0 and others, and custom terms). */
@ApplicationScoped
public class Licenses {

    public record Entry(long id, String name, String uri, String shortDescription, String iconUrl,
                        String rightsIdentifier, boolean active, boolean isDefault, int sortOrder) {
        public License license() {
            return new License(name, uri);
        }
    }

    private static final String COLUMNS = "id, name, uri, short_description, icon_url, rights_identifier, active, "
            + "is_default, sort_order";

    @Inject
    Sql sql;

    /** All of them, inactive ones too, the default first (as Dataverse lists them). */
    public List<Entry> all() {
        return sql.list("select " + COLUMNS + " from license order by is_default desc, sort_order, id", Licenses::entry);
    }

    public List<Entry> active() {
        return all().stream().filter(Entry::active).toList();
    }

    public Optional<Entry> find(long id) {
        return sql.one("select " + COLUMNS + " from license where id = ?", Licenses::entry, id);
    }

    public Entry require(long id) {
        return find(id).orElseThrow(() -> SamlingException.notFound("error.licenseNotFound", id));
    }

    public License defaultLicense() {
        return all().stream().filter(Entry::isDefault).findFirst().map(Entry::license).orElse(License.CC0);
    }

    /**
     * An active license by its name, SPDX identifier or deed address (ignoring case and a final
     * slash), for what depositors send; 400 for any other name.
     */
    public License chosen(String name) {
        String wanted = name.strip().replaceFirst("/$", "").toLowerCase(Locale.ROOT);
        return active().stream().filter(e -> e.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || e.uri().replaceFirst("/$", "").toLowerCase(Locale.ROOT).equals(wanted)
                        || e.rightsIdentifier() != null && e.rightsIdentifier().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst().map(Entry::license)
                .orElseThrow(() -> SamlingException.badRequest("error.unknownLicense", name,
                        String.join(", ", active().stream().map(Entry::name).toList())));
    }

    private static Entry entry(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Entry(row.getLong("id"), row.getString("name"), row.getString("uri"),
                row.getString("short_description"), row.getString("icon_url"), row.getString("rights_identifier"),
                row.getBoolean("active"), row.getBoolean("is_default"), row.getInt("sort_order"));
    }
}
