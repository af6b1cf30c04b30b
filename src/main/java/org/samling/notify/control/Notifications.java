package org.samling.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/** A person's own notifications. */
@ApplicationScoped
public class Notifications {

    public record Row(long id, String kind, String subject, String body, String link, Instant created, boolean read) {
    }

    @Inject
    Sql sql;

    public List<Row> mine(RequestContext context, int limit) {
        if (context.userId() == null) {
            return List.of();
        }
        return sql.list("select id, kind, subject, body, link, created_at, read_at is not null from notification "
                        + "where user_id = ? order by created_at desc limit ?",
                row -> new Row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                        Sql.instant(row, "created_at"), row.getBoolean(7)), context.userId(), limit);
    }

    public long unread(RequestContext context) {
        return context.userId() == null ? 0
                : sql.count("select count(*) from notification where user_id = ? and read_at is null", context.userId());
    }
}
