package org.samling.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Small named values the server keeps in its database (such as "demo content loaded"). */
@ApplicationScoped
public class Settings {

    @Inject
    Sql sql;

    public Optional<String> get(String name) {
        return sql.one("select value from setting where name = ?", row -> row.getString(1), name);
    }

    public void put(String name, String value) {
        sql.update("insert into setting (name, value) values (?, ?) "
                + "on conflict (name) do update set value = excluded.value", name, value);
    }
}
