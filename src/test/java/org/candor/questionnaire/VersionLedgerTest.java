package org.candor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.candor.engine.Catalog;
import org.candor.engine.DefinitionSource;
import org.candor.engine.Questionnaire;
import org.candor.engine.QuestionnaireLoader;
import org.junit.jupiter.api.Test;

class VersionLedgerTest {

  private static final Instant EARLIER = Instant.parse("2026-01-05T09:00:00Z");

  private static Questionnaire questionnaire(String version, String title) {
    String yaml = """
        kind: questionnaire
        id: tiny
        version: "%s"
        title: %s
        summary: A tiny questionnaire for tests.
        dimensions:
          - id: risk
            label: Risk
            kind: risk
            description: How risky.
        sections:
          - id: only
            title: Only
            questions:
              - id: partner_military
                type: yesno
                prompt: Is a partner military?
                help: { why: "Red line for many.", source: "Test" }
                required: true
                weights: { "yes": { risk: 10 } }
        policy:
          rules:
            - id: fallback
              when: "true"
              outcome: GO
              reason: Nothing raised a concern.
        """.formatted(version, title);
    Catalog catalog = new QuestionnaireLoader().load(List.of(new DefinitionSource("surveys/tiny.yaml", yaml)));
    assertThat(catalog.problems()).isEmpty();
    return catalog.questionnaires().get(0);
  }

  @Test
  void aVersionNeverSeenIsStoredAndUsable() {
    Questionnaire tiny = questionnaire("1.0.0", "Tiny");
    VersionLedger.Decision decision = VersionLedger.decide(List.of(tiny), Map.of());
    assertThat(decision.toStore()).containsExactly(tiny);
    assertThat(decision.usable()).containsKey("tiny@1.0.0");
    assertThat(decision.conflicts()).isEmpty();
  }

  @Test
  void theSameContentAgainIsUsableButNotStoredTwice() {
    Questionnaire tiny = questionnaire("1.0.0", "Tiny");
    VersionLedger.Decision decision =
        VersionLedger.decide(List.of(tiny), Map.of("tiny@1.0.0", new VersionLedger.Stored(tiny.contentHash(), EARLIER)));
    assertThat(decision.toStore()).isEmpty();
    assertThat(decision.usable()).containsEntry("tiny@1.0.0", tiny);
  }

  @Test
  void changedContentUnderTheSameVersionIsRefusedWithAnExplanation() {
    Questionnaire original = questionnaire("1.0.0", "Tiny");
    Questionnaire edited = questionnaire("1.0.0", "Tiny, edited");
    VersionLedger.Decision decision =
        VersionLedger.decide(List.of(edited), Map.of("tiny@1.0.0", new VersionLedger.Stored(original.contentHash(), EARLIER)));
    assertThat(decision.toStore()).isEmpty();
    assertThat(decision.usable()).isEmpty();
    assertThat(decision.conflicts()).singleElement().satisfies(problem -> {
      assertThat(problem.source()).isEqualTo("surveys/tiny.yaml");
      assertThat(problem.message())
          .contains("'tiny' version 1.0.0 was first loaded on 2026-01-05T09:00:00Z with different content")
          .contains("give the changed questionnaire a new version");
    });
  }

  @Test
  void aNewVersionNumberForChangedContentIsStoredBesideTheOld() {
    Questionnaire original = questionnaire("1.0.0", "Tiny");
    Questionnaire next = questionnaire("1.1.0", "Tiny, edited");
    VersionLedger.Decision decision =
        VersionLedger.decide(List.of(next), Map.of("tiny@1.0.0", new VersionLedger.Stored(original.contentHash(), EARLIER)));
    assertThat(decision.toStore()).containsExactly(next);
    assertThat(decision.conflicts()).isEmpty();
  }
}
