package org.samling.curation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.samling.authz.Permission;
import org.samling.authz.PermissionEvaluator;
import org.samling.authz.PermissionScope;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/** The datasets a signed-in user deposited or may curate, by state, newest change first. */
@ApplicationScoped
public class MyData {

    public enum State { DRAFT, IN_REVIEW, PUBLISHED, DEACCESSIONED }

    public record Item(long id, String persistentId, String title, boolean hasDraft, boolean published,
                       boolean inReview, boolean withdrawn, boolean deposited, boolean curates, Instant modified) {
    }

    public record Page(List<Item> items, long total) {
    }

    private static final String FROM = """
              from dataset d
              join collection c on c.id = d.collection_id
              left join dataset_version dv on dv.dataset_id = d.id and dv.state = 'DRAFT'
              left join dataset_version rv on rv.id = d.released_version_id
            """;

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    public Page of(RequestContext context, State state, int offset, int limit) {
        if (context.isGuest()) {
            return new Page(List.of(), 0);
        }
        PermissionScope edit = permissions.scope(context, Permission.EDIT_DATASET);
        PermissionScope publish = permissions.scope(context, Permission.PUBLISH_DATASET);
        List<Object> where = new ArrayList<>();
        where.add(context.userId());
        String condition = "(d.creator_id = ? or " + edit.condition("d", "c", where) + ")" + stateCondition(state);
        long total = sql.count("select count(*)" + FROM + " where " + condition, where.toArray());
        List<Object> params = new ArrayList<>();
        params.add(context.userId());
        String curates = publish.condition("d", "c", params);
        params.addAll(where);
        params.add(limit);
        params.add(offset);
        List<Item> items = sql.list("""
                select d.id, d.protocol || ':' || d.authority || '/' || d.identifier as pid,
                       coalesce(dv.title, rv.title, (select w.title from dataset_version w where w.dataset_id = d.id
                                                      order by w.version_number desc nulls last limit 1)) as title,
                       dv.id is not null as has_draft, rv.id is not null as published,
                       exists (select 1 from dataset_lock l where l.dataset_id = d.id and l.lock_type = 'InReview') as in_review,
                       exists (select 1 from dataset_version w where w.dataset_id = d.id and w.state = 'DEACCESSIONED') as withdrawn,
                       d.creator_id = ? as deposited, """ + curates + " as curates, d.modified_at"
                + FROM + " where " + condition + " order by d.modified_at desc, d.id desc limit ? offset ?",
                row -> new Item(row.getLong("id"), row.getString("pid"), row.getString("title"),
                        row.getBoolean("has_draft"), row.getBoolean("published"), row.getBoolean("in_review"),
                        row.getBoolean("withdrawn"), row.getBoolean("deposited"), row.getBoolean("curates"),
                        Sql.instant(row, "modified_at")), params.toArray());
        return new Page(items, total);
    }

    private static String stateCondition(State state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case DRAFT -> " and dv.id is not null and not exists (select 1 from dataset_lock l where l.dataset_id = d.id"
                    + " and l.lock_type = 'InReview')";
            case IN_REVIEW -> " and exists (select 1 from dataset_lock l where l.dataset_id = d.id and l.lock_type = 'InReview')";
            case PUBLISHED -> " and rv.id is not null";
            case DEACCESSIONED -> " and rv.id is null and exists (select 1 from dataset_version w where w.dataset_id = d.id"
                    + " and w.state = 'DEACCESSIONED')";
        };
    }
}
