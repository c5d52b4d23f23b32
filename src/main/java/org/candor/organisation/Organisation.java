package org.candor.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.candor.audit.AuditLog;
import org.candor.identity.Accounts;
import org.candor.identity.CurrentAccount;
import org.candor.identity.Role;
import org.candor.platform.ProblemException;
import org.candor.platform.Text;

/** Departments and teams: administrators shape them; everyone may look up their own teams. */
@ApplicationScoped
public class Organisation {

  @PersistenceContext private EntityManager em;
  @Inject AuditLog audit;
  @Inject CurrentAccount current;
  @Inject Accounts accounts;

  public List<Department> departments() {
    return em.createQuery("select d from Department d order by d.name", Department.class).getResultList();
  }

  public List<Team> teams() {
    return em.createQuery("select t from Team t order by t.department.name, t.name", Team.class).getResultList();
  }

  public List<Team> teamsOf(long accountId) {
    return em.createQuery(
            "select distinct t from Team t join t.members m where m.accountId = :a order by t.name", Team.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  public Team team(long teamId) {
    Team team = em.find(Team.class, teamId);
    if (team == null) {
      throw ProblemException.notFound("There is no team " + teamId + ".");
    }
    return team;
  }

  @Transactional
  public Department createDepartment(String name, String description) {
    requireAdmin();
    String cleanName = requireName("name", name);
    boolean taken =
        !em.createQuery("select d from Department d where lower(d.name) = :n", Department.class)
            .setParameter("n", cleanName.toLowerCase())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw ProblemException.invalidField("name", Text.of("problem.departmentExists", cleanName));
    }
    Department department = new Department(cleanName, blankToNull(description));
    em.persist(department);
    audit.record("department.create", "department", department.id(), null);
    return department;
  }

  @Transactional
  public void appointHeads(long departmentId, Set<Long> accountIds) {
    requireAdmin();
    Department department = em.find(Department.class, departmentId);
    if (department == null) {
      throw ProblemException.notFound("There is no department " + departmentId + ".");
    }
    for (long id : accountIds) {
      if (accounts.byId(id).filter(a -> a.hasRole(Role.DEPARTMENT_HEAD)).isEmpty()) {
        throw ProblemException.invalidField("heads", Text.of("problem.notDepartmentHead", String.valueOf(id)));
      }
    }
    department.appointHeads(accountIds);
    audit.record("department.heads", "department", departmentId, "heads " + new java.util.TreeSet<>(accountIds));
  }

  /** Adds one head to a department, keeping the others. */
  @Transactional
  public void addHead(long departmentId, long accountId) {
    Department department = em.find(Department.class, departmentId);
    if (department == null) {
      throw ProblemException.notFound("There is no department " + departmentId + ".");
    }
    Set<Long> heads = new java.util.HashSet<>(department.headIds());
    heads.add(accountId);
    appointHeads(departmentId, heads);
  }

  @Transactional
  public Team createTeam(long departmentId, String name) {
    requireAdmin();
    Department department = em.find(Department.class, departmentId);
    if (department == null) {
      throw ProblemException.invalidField("department", Text.of("problem.chooseDepartment"));
    }
    String cleanName = requireName("teamName", name);
    boolean taken =
        !em.createQuery("select t from Team t where t.department = :d and lower(t.name) = :n", Team.class)
            .setParameter("d", department)
            .setParameter("n", cleanName.toLowerCase())
            .getResultList()
            .isEmpty();
    if (taken) {
      throw ProblemException.invalidField("teamName", Text.of("problem.teamExists", department.name(), cleanName));
    }
    Team team = new Team(department, cleanName);
    em.persist(team);
    audit.record("team.create", "team", team.id(), "department " + departmentId);
    return team;
  }

  @Transactional
  public void enrol(long teamId, long accountId, TeamRole role) {
    requireAdmin();
    if (accounts.byId(accountId).isEmpty()) {
      throw ProblemException.invalidField("account", Text.of("problem.chooseAccount"));
    }
    if (role == null) {
      throw ProblemException.invalidField("role", Text.of("problem.chooseRole"));
    }
    team(teamId).enrol(accountId, role);
    audit.record("team.enrol", "team", teamId, "account " + accountId + " as " + role);
  }

  @Transactional
  public void removeFromTeam(long teamId, long accountId) {
    requireAdmin();
    team(teamId).remove(accountId);
    audit.record("team.remove", "team", teamId, "account " + accountId);
  }

  private void requireAdmin() {
    if (!current.require().hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden("Only administrators change departments and teams.");
    }
  }

  private static String requireName(String field, String name) {
    if (name == null || name.isBlank()) {
      throw ProblemException.invalidField(field, Text.of("problem.giveName"));
    }
    if (name.trim().length() > 200) {
      throw ProblemException.invalidField(field, Text.of("problem.tooLong", 200));
    }
    return name.trim();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
