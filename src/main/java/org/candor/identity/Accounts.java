package org.candor.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The repository of accounts. Usernames are stored and compared in lower case. */
@ApplicationScoped
public class Accounts {

  @PersistenceContext private EntityManager em;

  public static String normalise(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }

  public Optional<Account> byUsername(String username) {
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", normalise(username))
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> byId(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public List<Account> all() {
    return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
  }

  public List<Account> byIds(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Account a where a.id in :ids order by a.username", Account.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  public Account add(Account account) {
    em.persist(account);
    return account;
  }
}
