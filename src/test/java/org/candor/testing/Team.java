package org.candor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;

/**
 * A lab team made through the admin API for one test: a lead and two members, each with an
 * account and a signed-in API client.
 */
public final class Team {

  public static final String PASSWORD = "team-password-1";

  public final long id;
  public final long departmentId;
  public final Member lead;
  public final Member alice;
  public final Member bob;

  public record Member(long id, String username, String displayName, Api api) {}

  public Team(URL base) {
    this(base, Api.unique("Informatics"), Api.unique("Vision lab"), "Lena Lead", "Alice Member", "Bob Member");
  }

  /** A team with the names given, e.g. hostile ones; each display name starts with a plain word. */
  public Team(URL base, String departmentName, String teamName, String leadName, String aliceName, String bobName) {
    this(base, department(base, departmentName), teamName, leadName, aliceName, bobName);
  }

  /** One more team, with people of its own, in an existing department. */
  public Team(URL base, long departmentId) {
    this(base, departmentId, Api.unique("Speech group"), "Lars Lead", "Anna Member", "Ben Member");
  }

  private Team(URL base, long departmentId, String teamName, String leadName, String aliceName, String bobName) {
    Api admin = new Api(base).asAdmin();
    this.departmentId = departmentId;
    Api.Reply team = admin.post("api/v1/organisation/teams",
        Json.createObjectBuilder().add("departmentId", departmentId).add("name", teamName).build());
    assertThat(team.status()).as(team.text()).isEqualTo(201);
    this.id = team.json().getJsonNumber("id").longValue();
    this.lead = member(base, admin, leadName, "LEAD");
    this.alice = member(base, admin, aliceName, "MEMBER");
    this.bob = member(base, admin, bobName, "MEMBER");
  }

  private static long department(URL base, String name) {
    Api.Reply department = new Api(base).asAdmin().post("api/v1/organisation/departments", Json.createObjectBuilder().add("name", name).build());
    assertThat(department.status()).as(department.text()).isEqualTo(201);
    return department.json().getJsonNumber("id").longValue();
  }

  /** One more member, for tests that need more people than the lead, Alice and Bob. */
  public Member join(URL base, String displayName) {
    return member(base, new Api(base).asAdmin(), displayName, "MEMBER");
  }

  /** Someone already known, e.g. a member of another team, joins this one as a member. */
  public void enrol(URL base, Member member) {
    enrol(new Api(base).asAdmin(), member.id(), "MEMBER");
  }

  private void enrol(Api admin, long accountId, String role) {
    Api.Reply enrolled = admin.put("api/v1/organisation/teams/" + id + "/members/" + accountId,
        Json.createObjectBuilder().add("role", role).build());
    assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(204);
  }

  /** An account outside the team. */
  public static Member outsider(URL base) {
    return account(base, new Api(base).asAdmin(), "Olga Outsider");
  }

  private Member member(URL base, Api admin, String displayName, String role) {
    Member member = account(base, admin, displayName);
    enrol(admin, member.id(), role);
    return member;
  }

  private static Member account(URL base, Api admin, String displayName) {
    String username = Api.unique(displayName.split(" ")[0].toLowerCase());
    Api.Reply created = admin.post("api/v1/accounts", Json.createObjectBuilder()
        .add("username", username).add("displayName", displayName).add("password", PASSWORD).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return new Member(created.json().getJsonNumber("id").longValue(), username, displayName, new Api(base).login(username, PASSWORD));
  }
}
