package org.candor.organisation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.candor.identity.Account;
import org.candor.identity.Accounts;
import org.candor.identity.Role;
import org.candor.platform.FormErrors;
import org.candor.platform.Messages;
import org.candor.platform.ProblemException;
import org.candor.platform.Text;

/** The administrator's page for departments, teams and team membership. */
@Named
@ViewScoped
public class OrganisationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Organisation organisation;
  @Inject transient Accounts accounts;
  @Inject transient FacesContext faces;
  @Inject transient Messages messages;

  private String departmentName;
  private String departmentDescription;
  private Long teamDepartment;
  private String teamName;
  private Long memberTeam;
  private Long memberAccount;
  private TeamRole memberRole = TeamRole.MEMBER;
  private Long headsDepartment;
  private Long[] heads = new Long[0];

  private transient Map<Long, Account> accountsById;

  public List<Department> getDepartments() {
    return organisation.departments();
  }

  public List<Team> getTeams() {
    return organisation.teams();
  }

  public List<Account> getAccounts() {
    return accounts.all();
  }

  public List<Account> getHeadCandidates() {
    return accounts.all().stream().filter(a -> a.hasRole(Role.DEPARTMENT_HEAD)).toList();
  }

  public TeamRole[] getTeamRoles() {
    return TeamRole.values();
  }

  public String accountName(long accountId) {
    if (accountsById == null) {
      accountsById = accounts.all().stream().collect(Collectors.toMap(Account::id, Function.identity()));
    }
    Account account = accountsById.get(accountId);
    return account == null ? "#" + accountId : account.displayName() + " (" + account.username() + ")";
  }

  public List<Member> membersOf(Team team) {
    return team.members().stream()
        .sorted(java.util.Comparator.comparing((Member m) -> m.role()).thenComparing(m -> accountName(m.accountId())))
        .toList();
  }

  public String headsOf(Department department) {
    return department.headIds().stream().map(this::accountName).sorted().collect(Collectors.joining(", "));
  }

  public void createDepartment() {
    attempt("department", () -> {
      organisation.createDepartment(departmentName, departmentDescription);
      departmentName = null;
      departmentDescription = null;
    });
  }

  public void createTeam() {
    attempt("team", () -> {
      organisation.createTeam(teamDepartment == null ? -1 : teamDepartment, teamName);
      teamName = null;
    });
  }

  public void addMember() {
    attempt("member", () -> {
      if (memberTeam == null) {
        throw ProblemException.invalidField("team", Text.of("organisation.choose"));
      }
      organisation.enrol(memberTeam, memberAccount == null ? -1 : memberAccount, memberRole);
      memberAccount = null;
    });
  }

  public void removeMember(Team team, Member membership) {
    attempt("teams", () -> organisation.removeFromTeam(team.id(), membership.accountId()));
  }

  public void appointHeads() {
    attempt("heads", () -> {
      if (headsDepartment == null) {
        throw ProblemException.invalidField("department", Text.of("organisation.choose"));
      }
      organisation.appointHeads(headsDepartment, Set.of(heads));
    });
  }

  private void attempt(String formId, Runnable change) {
    try {
      change.run();
      accountsById = null;
      FormErrors.info(faces, messages.get("organisation.saved"));
    } catch (ProblemException e) {
      FormErrors.show(faces, formId, e);
    }
  }

  public String getDepartmentName() { return departmentName; }
  public void setDepartmentName(String v) { departmentName = v; }
  public String getDepartmentDescription() { return departmentDescription; }
  public void setDepartmentDescription(String v) { departmentDescription = v; }
  public Long getTeamDepartment() { return teamDepartment; }
  public void setTeamDepartment(Long v) { teamDepartment = v; }
  public String getTeamName() { return teamName; }
  public void setTeamName(String v) { teamName = v; }
  public Long getMemberTeam() { return memberTeam; }
  public void setMemberTeam(Long v) { memberTeam = v; }
  public Long getMemberAccount() { return memberAccount; }
  public void setMemberAccount(Long v) { memberAccount = v; }
  public TeamRole getMemberRole() { return memberRole; }
  public void setMemberRole(TeamRole v) { memberRole = v; }
  public Long getHeadsDepartment() { return headsDepartment; }
  public void setHeadsDepartment(Long v) { headsDepartment = v; }
  public Long[] getHeads() { return heads; }
  public void setHeads(Long[] v) { heads = v == null ? new Long[0] : v; }
}
