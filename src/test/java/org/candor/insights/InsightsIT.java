package org.candor.insights;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.candor.testing.Api;
import org.candor.testing.Team;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Department insights over the API, the exports and the page: figures from at least k respondents
 * are shown, smaller ones withheld everywhere, formula-like names neutralised, free text absent,
 * and only a department's heads (and administrators) see anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InsightsIT {

  static final String PASSWORD = "head-password-1";
  static final String QUERY = "?questionnaire=quick-screen&from=2024-Q1&to=2027-Q4";

  @ArquillianResource URL base;
  Api admin;

  @BeforeEach
  void signIn() {
    admin = new Api(base).asAdmin();
  }

  /** A generated department: enough people (3 teams of 6) or too few (one team of 3) for k = 5. */
  private long department(String name, int teams, int members, int assessments) {
    Api.Reply generated = admin.post("api/v1/insights/synthetic-departments", Json.createObjectBuilder()
        .add("name", name).add("teams", teams).add("membersPerTeam", members).add("assessments", assessments).add("seed", 7)
        .add("questionnaires", Json.createArrayBuilder().add("quick-screen")).build());
    assertThat(generated.status()).as(generated.text()).isEqualTo(201);
    assertThat(generated.json().getInt("finished")).isPositive();
    return generated.json().getJsonNumber("departmentId").longValue();
  }

  /** An account and its signed-in client. */
  record Person(long id, Api api) {}

  private Person account(String name, String... roles) {
    String username = Api.unique(name);
    Api.Reply created = admin.post("api/v1/accounts", Json.createObjectBuilder().add("username", username)
        .add("displayName", name).add("password", PASSWORD).add("roles", Json.createArrayBuilder(List.of(roles))).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return new Person(created.json().getJsonNumber("id").longValue(), new Api(base).login(username, PASSWORD));
  }

  private Api head(long department) {
    Person head = account("head", "DEPARTMENT_HEAD");
    Api.Reply appointed = admin.put("api/v1/organisation/departments/" + department + "/heads/" + head.id(), JsonValue.EMPTY_JSON_OBJECT);
    assertThat(appointed.status()).as(appointed.text()).isEqualTo(204);
    return head.api();
  }

  private static String insights(long department) {
    return "api/v1/departments/" + department + "/insights";
  }

  /** Every figure of every table, withheld ones as null. */
  private static List<JsonValue> figures(JsonObject insights) {
    List<JsonValue> figures = new ArrayList<>();
    for (JsonValue table : insights.getJsonArray("tables")) {
      for (JsonValue row : table.asJsonObject().getJsonArray("rows")) {
        figures.addAll(row.asJsonObject().getJsonArray("cells"));
      }
    }
    return figures;
  }

  private static JsonArray row(JsonObject insights, String table, String label) {
    for (JsonValue t : insights.getJsonArray("tables")) {
      if (t.asJsonObject().getString("id").equals(table)) {
        for (JsonValue row : t.asJsonObject().getJsonArray("rows")) {
          if (row.asJsonObject().getString("label").equals(label)) {
            return row.asJsonObject().getJsonArray("cells");
          }
        }
      }
    }
    throw new AssertionError("no row " + label + " in " + table);
  }

  @Test
  void figuresFromKOrMoreRespondentsAreShownAndSmallerGroupsWithheld() {
    long enough = department(Api.unique("Enough"), 3, 6, 60);
    long tooFew = department(Api.unique("Too few"), 1, 3, 30);
    Api head = head(enough);

    JsonObject shown = head.get(insights(enough) + QUERY).json();
    assertThat(shown.getInt("threshold")).isEqualTo(5);
    JsonArray period = row(shown, "outcomes", "Whole period");
    assertThat(period.getJsonNumber(6).longValue()).as("finished assessments over the period").isPositive();
    assertThat(figures(shown)).filteredOn(f -> f.getValueType() == JsonValue.ValueType.NUMBER)
        .anyMatch(f -> ((jakarta.json.JsonNumber) f).longValue() > 0);

    // Three people can never reach k = 5: every figure that is not zero is withheld.
    JsonObject withheld = admin.get(insights(tooFew) + QUERY).json();
    assertThat(row(withheld, "outcomes", "Whole period").get(6)).isEqualTo(JsonValue.NULL);
    assertThat(figures(withheld)).allMatch(f -> f == JsonValue.NULL || ((jakarta.json.JsonNumber) f).longValue() == 0);

    // A department may only raise k; then the same data is withheld too.
    Api.Reply lowered = admin.put(insights(enough) + "/settings", Json.createObjectBuilder().add("threshold", 4).build());
    assertThat(lowered.status()).isEqualTo(400);
    assertThat(lowered.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("threshold");
    Api.Reply raised = admin.put(insights(enough) + "/settings", Json.createObjectBuilder().add("threshold", 1000).build());
    assertThat(raised.status()).as(raised.text()).isEqualTo(200);
    JsonObject strict = head.get(insights(enough) + QUERY).json();
    assertThat(strict.getInt("threshold")).isEqualTo(1000);
    assertThat(figures(strict)).allMatch(f -> f == JsonValue.NULL || ((jakarta.json.JsonNumber) f).longValue() == 0);
  }

  @Test
  void exportsCarryTheSameSuppressionWithFormulasNeutralisedAndNoFreeText() throws IOException {
    String payload = "=HYPERLINK(\"http://evil.example\",\"x\")";
    long enough = department(payload + Api.unique(""), 3, 6, 60);
    long tooFew = department("-2+3" + Api.unique(""), 1, 3, 30);
    Api.Reply team = admin.post("api/v1/organisation/teams",
        Json.createObjectBuilder().add("departmentId", enough).add("name", "@SUM(A1:A9)" + Api.unique("")).build());
    assertThat(team.status()).as(team.text()).isEqualTo(201);
    Api head = head(enough);

    Api.Download csv = head.download(insights(enough) + "/export.csv" + QUERY);
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<List<String>> csvRows = csv(csv.body());
    assertNeutralised(csvRows);
    assertThat(csvRows).anyMatch(r -> r.stream().anyMatch(c -> c.startsWith("'" + payload)));
    assertThat(csvRows).anyMatch(r -> r.stream().anyMatch(c -> c.startsWith("'@SUM(A1:A9)")));
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).doesNotContain(SyntheticDepartment.FREE_TEXT);
    List<String> periodCsv = csvRows.stream().filter(r -> r.get(0).equals("Whole period")).findFirst().orElseThrow();
    assertThat(Long.parseLong(periodCsv.get(7))).isPositive();

    Api.Download xlsx = head.download(insights(enough) + "/export.xlsx" + QUERY);
    assertThat(xlsx.status()).isEqualTo(200);
    List<List<Cell>> sheet = xlsx(xlsx.body());
    List<List<String>> texts = sheet.stream().map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
    assertNeutralised(texts);
    assertThat(texts).anyMatch(r -> r.stream().anyMatch(c -> c.startsWith("'" + payload)));
    assertThat(texts).anyMatch(r -> r.stream().anyMatch(c -> c.startsWith("'@SUM(A1:A9)")));
    assertThat(texts.toString()).doesNotContain(SyntheticDepartment.FREE_TEXT);
    List<Cell> periodXlsx = sheet.stream().filter(r -> r.get(0) != null && r.get(0).getText().equals("Whole period")).findFirst().orElseThrow();
    assertThat(periodXlsx.get(7).getType()).isEqualTo(CellType.NUMBER);
    assertThat(periodXlsx.get(7).asNumber().longValue()).isEqualTo(Long.parseLong(periodCsv.get(7)));
    // nothing is a formula
    assertThat(sheet).allMatch(r -> r.stream().allMatch(c -> c == null || c.getType() != CellType.FORMULA));

    // Too few people: the exports withhold exactly what the API withholds.
    List<List<String>> fewCsv = csv(admin.download(insights(tooFew) + "/export.csv" + QUERY).body());
    List<List<Cell>> fewXlsx = xlsx(admin.download(insights(tooFew) + "/export.xlsx" + QUERY).body());
    assertThat(fewCsv.stream().filter(r -> r.get(0).equals("Whole period")).findFirst().orElseThrow().get(7)).isEqualTo("withheld");
    assertThat(fewXlsx.stream().filter(r -> r.get(0) != null && r.get(0).getText().equals("Whole period")).findFirst().orElseThrow()
        .get(7).getText()).isEqualTo("withheld");
    assertNoFigureAboveZero(fewCsv.stream().skip(6).toList());
    assertNoFigureAboveZero(fewXlsx.stream().skip(6).map(r -> r.stream().map(c -> c == null ? "" : c.getText()).toList()).toList());
    assertThat(fewCsv.get(1).get(1)).as("department name").startsWith("'-2+3");

    // JSON and page: no free text either.
    assertThat(head.get(insights(enough) + QUERY).text()).doesNotContain(SyntheticDepartment.FREE_TEXT);
    Api.Reply page = head.get("app/insights.xhtml?department=" + enough + "&questionnaire=quick-screen&from=2024-Q1&to=2027-Q4");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("Threshold k = 5").contains("Whole period").doesNotContain(SyntheticDepartment.FREE_TEXT);
  }

  @Test
  void aHeadSeesOnlyTheirOwnDepartmentAndOthersNothing() {
    long own = department(Api.unique("Own"), 1, 5, 10);
    long other = department(Api.unique("Other"), 1, 5, 10);
    Api head = head(own);
    Api member = account("member").api();
    Api otherRole = account("facilitator", "FACILITATOR").api();
    Api anonymous = new Api(base);

    for (String suffix : List.of("", "/export.csv", "/export.xlsx")) {
      assertThat(head.get(insights(own) + suffix + QUERY).status()).as("head, own" + suffix).isEqualTo(200);
      assertThat(admin.get(insights(other) + suffix + QUERY).status()).as("admin" + suffix).isEqualTo(200);
      Api.Reply foreign = head.get(insights(other) + suffix + QUERY);
      assertThat(foreign.status()).as("head, other department" + suffix).isEqualTo(404);
      assertThat(foreign.contentType()).startsWith("application/problem+json");
      assertThat(head.get("api/v1/departments/999999999/insights" + suffix + QUERY).status()).isEqualTo(404);
      assertThat(member.get(insights(own) + suffix + QUERY).status()).as("member" + suffix).isEqualTo(403);
      assertThat(otherRole.get(insights(own) + suffix + QUERY).status()).as("facilitator" + suffix).isEqualTo(403);
      assertThat(anonymous.get(insights(own) + suffix + QUERY).status()).as("anonymous" + suffix).isEqualTo(401);
    }
    assertThat(head.put(insights(own) + "/settings", Json.createObjectBuilder().add("threshold", 9).build()).status())
        .as("heads do not set k").isEqualTo(403);
    assertThat(head.post("api/v1/insights/synthetic-departments", Json.createObjectBuilder().add("name", "x").build()).status())
        .isEqualTo(403);

    String page = "app/insights.xhtml?questionnaire=quick-screen&department=";
    Api.Reply ownPage = head.get(page + own);
    assertThat(ownPage.status()).isEqualTo(200);
    assertThat(ownPage.text()).contains("Outcomes per quarter").doesNotContain(">Other-");
    assertThat(head.get(page + other).status()).isEqualTo(404);
    assertThat(member.get(page + own).status()).isEqualTo(403);
    assertThat(anonymous.get(page + own).status()).as("redirected to sign in").isEqualTo(302);
    Api unappointed = account("head", "DEPARTMENT_HEAD").api();
    assertThat(unappointed.get("app/insights.xhtml").text()).contains("You do not head a department");
    assertThat(unappointed.get(insights(own) + QUERY).status()).isEqualTo(404);
  }

  /**
   * The concerning-answers table counts what members submitted in round 1, from the answers stored
   * when each version of an assessment finishes: a member who answered but never submitted is not
   * counted, a re-opened and finished again assessment adds its answers, and a person who answered
   * both versions is still one respondent.
   */
  @Test
  void concerningAnswersCountSubmittedRoundOneAnswersOfEveryFinishedVersion() {
    Team team = new Team(base);
    List<Team.Member> submitting = new ArrayList<>(List.of(team.alice, team.bob));
    for (String name : List.of("Carol Member", "Dan Member", "Erin Member")) {
      submitting.add(team.join(base, name));
    }
    Api.Reply created = team.lead.api().post("api/v1/assessments", Json.createObjectBuilder()
        .add("title", "Sensor data for a state-owned utility").add("questionnaireId", "institution-check").add("teamId", team.id).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String first = "api/v1/assessments/" + created.json().getJsonNumber("id");
    // The lead answers the red line's option but never submits it.
    assertThat(team.lead.api().put(first + "/answers/military_partner", Json.createObjectBuilder().add("value", "yes").build()).status())
        .isEqualTo(200);
    for (Team.Member member : submitting) {
      assertThat(member.api().put(first + "/answers/military_partner", Json.createObjectBuilder().add("value", "no").build()).status())
          .isEqualTo(200);
      assertThat(member.api().put(first + "/answers/partner_kind", Json.createObjectBuilder().add("value", "state_owned").build()).status())
          .isEqualTo(200);
    }
    finishRoundOneAndConsensus(team, submitting, first);

    String query = "?questionnaire=institution-check&from=2024-Q1&to=2027-Q4";
    JsonObject once = admin.get(insights(team.departmentId) + query).json();
    assertThat(row(once, "concerning", "What kind of organisation is the partner?")).as("concerning, other, total, share")
        .containsExactly(number(5), number(0), number(5), number(100));
    assertThat(row(once, "concerning", "Is the partner a military organisation or one of its universities?"))
        .as("the lead's unsubmitted yes is not counted").containsExactly(number(0), number(5), number(5), number(0));

    Api.Reply reopened = team.lead.api().post(first + "/reopen", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(reopened.status()).as(reopened.text()).isEqualTo(201);
    finishRoundOneAndConsensus(team, submitting, "api/v1/assessments/" + reopened.json().getJsonNumber("id"));

    JsonObject twice = admin.get(insights(team.departmentId) + query).json();
    assertThat(row(twice, "concerning", "What kind of organisation is the partner?")).as("both versions' answers")
        .containsExactly(number(10), number(0), number(10), number(100));
    // Ten answers, but five people: at k = 6 they are withheld.
    Api.Reply raised = admin.put(insights(team.departmentId) + "/settings", Json.createObjectBuilder().add("threshold", 6).build());
    assertThat(raised.status()).as(raised.text()).isEqualTo(200);
    JsonObject strict = admin.get(insights(team.departmentId) + query).json();
    assertThat(row(strict, "concerning", "What kind of organisation is the partner?"))
        .containsExactly(JsonValue.NULL, JsonValue.NULL, JsonValue.NULL, JsonValue.NULL);
  }

  /**
   * Distinct respondents are counted across the department's teams: someone who answered in two
   * teams is one person when the threshold is applied, whichever kind of answer they gave in each.
   */
  @Test
  void aPersonAnsweringInTwoTeamsIsOneRespondent() {
    Team first = new Team(base);
    Team second = new Team(base, first.departmentId);
    second.enrol(base, first.alice);
    List<Team.Member> inFirst = new ArrayList<>(List.of(first.alice, first.bob));
    List<Team.Member> inSecond = new ArrayList<>(List.of(first.alice, second.alice, second.bob));
    for (int i = 0; i < 3; i++) {
      inFirst.add(first.join(base, "Member" + i + " First"));
    }
    for (int i = 0; i < 2; i++) {
      inSecond.add(second.join(base, "Member" + i + " Second"));
    }
    answerAndFinish(first, inFirst, "state_owned");
    answerAndFinish(second, inSecond, "university");

    String query = "?questionnaire=institution-check&from=2024-Q1&to=2027-Q4";
    String kind = "What kind of organisation is the partner?";
    assertThat(row(admin.get(insights(first.departmentId) + query).json(), "concerning", kind)).as("concerning, other, total, share")
        .containsExactly(number(5), number(5), number(10), number(50));
    // Five people each side, nine in all: at k = 9 only the total is shown, at k = 10 nothing.
    for (long k : new long[] {9, 10}) {
      Api.Reply raised = admin.put(insights(first.departmentId) + "/settings", Json.createObjectBuilder().add("threshold", k).build());
      assertThat(raised.status()).as(raised.text()).isEqualTo(200);
      assertThat(row(admin.get(insights(first.departmentId) + query).json(), "concerning", kind)).as("k = " + k)
          .containsExactly(JsonValue.NULL, JsonValue.NULL, k == 9 ? number(10) : JsonValue.NULL, JsonValue.NULL);
    }
  }

  /** A new institution-check assessment of the team, answered "no" and the partner kind given, then finished; its path. */
  static String answerAndFinish(Team team, List<Team.Member> submitting, String partnerKind) {
    Api.Reply created = team.lead.api().post("api/v1/assessments", Json.createObjectBuilder()
        .add("title", "Shared data with a partner").add("questionnaireId", "institution-check").add("teamId", team.id).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String path = "api/v1/assessments/" + created.json().getJsonNumber("id");
    for (Team.Member member : submitting) {
      assertThat(member.api().put(path + "/answers/military_partner", Json.createObjectBuilder().add("value", "no").build()).status())
          .isEqualTo(200);
      assertThat(member.api().put(path + "/answers/partner_kind", Json.createObjectBuilder().add("value", partnerKind).build()).status())
          .isEqualTo(200);
    }
    finishRoundOneAndConsensus(team, submitting, path, partnerKind);
    return path;
  }

  private static void finishRoundOneAndConsensus(Team team, List<Team.Member> submitting, String path) {
    finishRoundOneAndConsensus(team, submitting, path, "state_owned");
  }

  /** The members submit the answers they have, the lead closes round 1, settles both questions and finishes. */
  static void finishRoundOneAndConsensus(Team team, List<Team.Member> submitting, String path, String partnerKind) {
    for (Team.Member member : submitting) {
      Api.Reply submitted = member.api().post(path + "/submission", JsonValue.EMPTY_JSON_OBJECT);
      assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
    }
    assertThat(team.lead.api().post(path + "/round-one/close", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
    for (String[] settled : new String[][] {{"military_partner", "no"}, {"partner_kind", partnerKind}}) {
      Api.Reply consensus = team.lead.api().put(path + "/deliberation/consensus/" + settled[0],
          Json.createObjectBuilder().add("value", settled[1]).add("rationale", "As we all answered.").build());
      assertThat(consensus.status()).as(consensus.text()).isEqualTo(200);
    }
    Api.Reply finished = team.lead.api().post(path + "/deliberation/finish", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(finished.status()).as(finished.text()).isEqualTo(200);
  }

  private static JsonValue number(long value) {
    return Json.createValue(value);
  }

  @Test
  void badFiltersAndSettingsAreRefusedNamingTheField() {
    long department = department(Api.unique("Filters"), 1, 5, 5);
    String path = insights(department);
    assertField(admin.get(path + "?questionnaire=quick-screen&from=2026-Q5"), "from");
    assertField(admin.get(path + "?questionnaire=quick-screen&from=2026-Q3&to=2026-Q1"), "from");
    assertField(admin.get(path + "?questionnaire=quick-screen&from=2000-Q1&to=2026-Q1"), "from");
    assertField(admin.get(path + "?questionnaire=quick-screen&to=soon"), "to");
    assertField(admin.get(path), "questionnaire");
    assertField(admin.get(path + "?questionnaire=no-such-thing"), "questionnaire");
    assertField(admin.put(path + "/settings", Json.createObjectBuilder().add("reviewIntervalMonths", 0).build()), "reviewIntervalMonths");
    assertField(admin.put(path + "/settings", Json.createObjectBuilder().add("threshold", "five").build()), "threshold");
    assertField(admin.post("api/v1/insights/synthetic-departments", Json.createObjectBuilder().add("name", "x").add("teams", 0).build()), "teams");
    assertThat(admin.get(path + "?questionnaire=quick-screen").json().getInt("threshold")).as("unchanged").isEqualTo(5);

    Api.Reply page = admin.get("app/insights.xhtml?department=" + department + "&questionnaire=quick-screen&from=2026-Q9");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("Write a quarter as 2026-Q1");
    assertThat(page.text().split("selected=\"selected\"", -1)).as("one chosen department and questionnaire").hasSize(3);
    assertThat(page.text()).contains("<option value=\"" + department + "\" selected=\"selected\"");
  }

  private static void assertField(Api.Reply reply, String field) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
  }

  /** No cell of an export starts like a formula. */
  private static void assertNeutralised(List<List<String>> rows) {
    for (List<String> row : rows) {
      for (String cell : row) {
        assertThat(cell).as("cell in %s", row).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
            .doesNotStartWith("\t").doesNotStartWith("\r");
        if (cell.startsWith("-")) {
          assertThat(cell).as("a negative count cannot occur").matches("-\\d+");
        }
      }
    }
  }

  private static void assertNoFigureAboveZero(List<List<String>> tableRows) {
    for (List<String> row : tableRows) {
      for (String cell : row.subList(Math.min(1, row.size()), row.size())) {
        if (cell.matches("\\d+")) {
          assertThat(Long.parseLong(cell)).as("figure in %s", row).isZero();
        }
      }
    }
  }

  private static List<List<String>> csv(byte[] body) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
      rows.add(record.toList());
    }
    return rows;
  }

  private static List<List<Cell>> xlsx(byte[] body) throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
      try (var rows = workbook.getFirstSheet().openStream()) {
        return rows.map(Row::stream).map(cells -> cells.toList()).toList();
      }
    }
  }
}
