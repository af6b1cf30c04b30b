package org.samling.access.control;

import org.samling.authz.PermissionEvaluator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.samling.platform.context.ObjectRef;
import org.samling.authz.Permission;
import org.samling.collection.entity.Collection;
import org.samling.platform.context.RequestContext;
import org.samling.platform.persistence.Sql;

/** The groups a collection defines, with their contents, for those who manage its permissions. */
@ApplicationScoped
public class GroupReader {

    public record GroupRow(String alias, String name, String kind, List<String> members, List<String> ipRanges,
                           List<String> domains) {
    }

    @Inject
    Sql sql;

    @Inject
    PermissionEvaluator permissions;

    public List<GroupRow> of(RequestContext context, Collection collection) {
        permissions.require(context, Permission.MANAGE_PERMISSIONS, ObjectRef.collection(collection.getId()));
        return sql.list("""
                select g.alias, g.name, g.kind,
                       array(select '@' || u.username from group_member m join app_user u on u.id = m.user_id
                              where m.group_id = g.id order by u.username) members,
                       array(select host(r.ip_range) || '/' || masklen(r.ip_range) from group_ip_range r
                              where r.group_id = g.id order by r.ip_range) ranges,
                       array(select d.domain from group_email_domain d where d.group_id = g.id order by d.domain) domains
                  from app_group g where g.collection_id = ? order by g.alias
                """, row -> new GroupRow(row.getString(1), row.getString(2), row.getString(3),
                List.of((String[]) row.getArray(4).getArray()), List.of((String[]) row.getArray(5).getArray()),
                List.of((String[]) row.getArray(6).getArray())), collection.getId());
    }
}
