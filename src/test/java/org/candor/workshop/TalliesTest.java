package org.candor.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.engine.QuestionnaireLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TalliesTest {

  private static Questionnaire quickScreen;
  private static Questionnaire allTypes;

  @BeforeAll
  static void load() throws IOException {
    QuestionnaireLoader loader = new QuestionnaireLoader();
    quickScreen = loader.loadDirectory(Path.of("surveys")).latest("quick-screen").orElseThrow();
    allTypes = loader.loadDirectory(Path.of("src/test/resources/engine")).latest("all-types").orElseThrow();
  }

  private static Question question(Questionnaire q, String id) {
    return q.question(id).orElseThrow();
  }

  @Test
  void fourAnswersAreCountedButNeverDistributedEvenWhenRevealed() {
    QuestionTally tally = Tallies.tally(question(quickScreen, "qs_military"), List.of("yes", "no", "no", "no"), true, 5);
    assertThat(tally.answers()).isEqualTo(4);
    assertThat(tally.visibility()).isEqualTo(QuestionTally.Visibility.TOO_FEW_ANSWERS);
    assertThat(tally.bars()).isEmpty();
  }

  @Test
  void fiveAnswersStayHiddenUntilRevealed() {
    List<Object> five = List.of("yes", "no", "no", "no", "unsure");
    QuestionTally hidden = Tallies.tally(question(quickScreen, "qs_military"), five, false, 5);
    assertThat(hidden.visibility()).isEqualTo(QuestionTally.Visibility.NOT_REVEALED);
    assertThat(hidden.bars()).isEmpty();

    QuestionTally shown = Tallies.tally(question(quickScreen, "qs_military"), five, true, 5);
    assertThat(shown.shown()).isTrue();
    assertThat(shown.bars()).containsExactly(
        new QuestionTally.Bar("yes", 1), new QuestionTally.Bar("no", 3), new QuestionTally.Bar("unsure", 1));
  }

  @Test
  void multiAnswersCountEachChosenOptionAndScalesEachPoint() {
    Question users = question(quickScreen, "qs_users");
    String first = users.options().get(0).value();
    String second = users.options().get(1).value();
    List<Object> answers = List.of(List.of(first, second), List.of(first), List.of(first), List.of(second), List.of(first));
    QuestionTally tally = Tallies.tally(users, answers, true, 5);
    assertThat(tally.bars()).hasSize(users.options().size());
    assertThat(tally.bars().get(0)).isEqualTo(new QuestionTally.Bar(first, 4));
    assertThat(tally.bars().get(1)).isEqualTo(new QuestionTally.Bar(second, 2));

    QuestionTally scale = Tallies.tally(question(allTypes, "severity"), List.of(1L, 2L, 2L, 5L, 5L), true, 5);
    assertThat(scale.bars()).extracting(QuestionTally.Bar::count).containsExactly(1, 2, 0, 0, 2);
  }

  @Test
  void textAnswersAreNeverDistributed() {
    Question text = allTypes.questions().stream().filter(q -> q.type().name().equals("TEXT")).findFirst().orElseThrow();
    QuestionTally tally = Tallies.tally(text, Collections.nCopies(9, "something personal"), true, 5);
    assertThat(tally.answers()).isEqualTo(9);
    assertThat(tally.visibility()).isEqualTo(QuestionTally.Visibility.NOT_TALLIED);
    assertThat(tally.bars()).isEmpty();
  }

  @Test
  void theRoomTakesTheMostFrequentAnswerTheOptionsMostChoseAndTheMedian() {
    Question users = question(quickScreen, "qs_users");
    String a = users.options().get(0).value();
    String b = users.options().get(1).value();
    String c = users.options().get(2).value();
    List<Map<String, Object>> room = List.of(
        Map.of("qs_military", "no", "qs_users", List.of(a, b)),
        Map.of("qs_military", "no", "qs_users", List.of(a)),
        Map.of("qs_military", "yes", "qs_users", List.of(a, c)),
        Map.of("qs_military", "yes", "qs_users", List.of(b)),
        Map.of("qs_military", "no", "qs_users", List.of(c, a)));
    Map<String, Object> majority = RoomMajority.of(quickScreen, room, 5);
    assertThat(majority).containsEntry("qs_military", "no").containsEntry("qs_users", List.of(a));
    assertThat(majority).doesNotContainKey("qs_agreement");

    List<Map<String, Object>> nobodyAgrees = List.of(
        Map.of("qs_users", List.of(a)), Map.of("qs_users", List.of(b)), Map.of("qs_users", List.of(c)),
        Map.of("qs_users", List.of(b)), Map.of("qs_users", List.of(c)));
    assertThat(RoomMajority.of(quickScreen, nobodyAgrees, 5)).as("a tie goes to the option listed first")
        .containsEntry("qs_users", List.of(b));

    List<Map<String, Object>> scale = List.of(
        Map.of("severity", 1L), Map.of("severity", 4L), Map.of("severity", 2L), Map.of("severity", 5L), Map.of("severity", 3L), Map.of("severity", 5L));
    assertThat(RoomMajority.of(allTypes, scale, 5)).containsEntry("severity", 3L);
  }

  @Test
  void questionsFewerThanTheThresholdAnsweredAreLeftOut() {
    List<Map<String, Object>> four = Collections.nCopies(4, Map.of("qs_military", "yes"));
    assertThat(RoomMajority.of(quickScreen, four, 5)).isEmpty();
  }
}
