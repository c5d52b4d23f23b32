package org.candor.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.candor.identity.CurrentAccount;
import org.candor.identity.Role;
import org.candor.platform.ProblemException;

/**
 * Appends to the audit log and lets administrators read it. A call inside a transaction joins it,
 * so the row commits or rolls back with the change it records.
 */
@ApplicationScoped
public class AuditLog {

  static final int MAX_DETAIL = 300;

  @PersistenceContext private EntityManager em;
  @Inject CurrentAccount current;
  @Inject Clock clock;

  /** Records what the signed-in caller (or an anonymous one) did. */
  @Transactional
  public void record(String action, String objectType, Object objectId, String detail) {
    record(current.find().map(AuditActor::of).orElse(AuditActor.ANONYMOUS), action, objectType, objectId, detail);
  }

  /** Records what someone other than the request's signed-in caller did: a login, a participant. */
  @Transactional
  public void record(AuditActor actor, String action, String objectType, Object objectId, String detail) {
    String shortDetail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    em.persist(new AuditEntry(clock.instant(), actor, action, objectType, objectId == null ? null : objectId.toString(), shortDetail));
  }

  /** Matching entries, newest first; administrators only. */
  public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
    requireAdmin();
    return query(filter, "select e from AuditEntry e", " order by e.occurredAt desc, e.id desc", AuditEntry.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(AuditFilter filter) {
    requireAdmin();
    return query(filter, "select count(e) from AuditEntry e", "", Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> query(AuditFilter filter, String select, String order, Class<T> type) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    StringBuilder where = new StringBuilder();
    condition(where, parameters, "e.occurredAt >= :from", "from", filter.from());
    condition(where, parameters, "e.occurredAt < :to", "to", filter.to());
    condition(where, parameters, "e.actor = :actor", "actor", filter.actor());
    condition(where, parameters, "e.action = :action", "action", filter.action());
    condition(where, parameters, "e.objectType = :objectType", "objectType", filter.objectType());
    condition(where, parameters, "e.objectId = :objectId", "objectId", filter.objectId());
    TypedQuery<T> query = em.createQuery(select + where + order, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  private static void condition(StringBuilder where, Map<String, Object> parameters, String clause, String name, Object value) {
    if (value != null) {
      where.append(where.length() == 0 ? " where " : " and ").append(clause);
      parameters.put(name, value);
    }
  }

  /** 401 for anonymous callers, 403 for everyone but administrators. */
  void requireAdmin() {
    if (!current.require().hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden("Only administrators read the audit log.");
    }
  }
}
