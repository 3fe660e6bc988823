package io.shopfloor.people.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.shopfloor.platform.query.Page;
import io.shopfloor.platform.query.PageRequest;
import io.shopfloor.platform.query.SearchText;
import io.shopfloor.platform.security.control.Caller;

/**
 * Who is on the team: the organization's active users whose roles let them do production work
 * (production:work, production:* or everything). One owner of that rule for the team screen,
 * the calendar and the workload, paged in the database by name.
 */
@Dependent
public class TeamMembers {

    /** ?1 the tenant, ?2 a name pattern or null. */
    private static final String MEMBERS = " FROM shopfloor.users u WHERE u.tenant_id = ?1 AND u.status = 'active'"
            + " AND EXISTS (SELECT 1 FROM shopfloor.user_roles ur JOIN shopfloor.role_permissions rp"
            + "   ON rp.tenant_id = ur.tenant_id AND rp.role_id = ur.role_id"
            + "   WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id AND rp.permission IN ('*', 'production:*', 'production:work'))"
            + " AND (CAST(?2 AS text) IS NULL OR shopfloor.fold(u.display_name) LIKE shopfloor.fold(?2) ESCAPE '" + SearchText.ESCAPE + "')";

    /** A page of the team by name: ?3 the offset, ?4 the limit. */
    public static final String PAGE = "SELECT u.id, u.display_name" + MEMBERS + " ORDER BY lower(u.display_name), u.id OFFSET ?3 LIMIT ?4";

    @PersistenceContext(unitName = "shopfloor")
    EntityManager em;

    @Inject
    Caller caller;

    /** One page of the team, by name: user id to display name, in order. */
    public Page<Map.Entry<UUID, String>> page(String search, PageRequest page) {
        String text = SearchText.containsPattern(search);
        List<?> rows = em.createNativeQuery(PAGE)
                .setParameter(1, caller.tenantId()).setParameter(2, text).setParameter(3, page.offset()).setParameter(4, page.limit())
                .getResultList();
        List<Map.Entry<UUID, String>> members = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            members.add(Map.entry((UUID) r[0], (String) r[1]));
        }
        long total = ((Number) em.createNativeQuery("SELECT count(*)" + MEMBERS)
                .setParameter(1, caller.tenantId()).setParameter(2, text).getSingleResult()).longValue();
        return new Page<>(members, total, page.offset(), page.limit());
    }

    /** The ids of a page's members, in order. */
    public static List<UUID> ids(Page<Map.Entry<UUID, String>> page) {
        return page.items().stream().map(Map.Entry::getKey).toList();
    }

    /** Display names of any users of the organization (every colleague may read them). */
    public Map<UUID, String> names(List<UUID> userIds) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        List<?> rows = em.createNativeQuery("SELECT u.id, u.display_name FROM shopfloor.users u"
                        + " WHERE u.tenant_id = ?1 AND u.id = ANY (string_to_array(?2, ',')::uuid[])")
                .setParameter(1, caller.tenantId())
                .setParameter(2, String.join(",", userIds.stream().distinct().map(UUID::toString).toList()))
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            names.put((UUID) r[0], (String) r[1]);
        }
        return names;
    }
}
