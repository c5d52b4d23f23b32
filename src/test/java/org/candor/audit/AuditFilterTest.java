package org.candor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.candor.platform.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditFilterTest {

  @Test
  void aDateCoversTheWholeDayInUtcAndAMomentIsTakenAsIs() {
    AuditFilter days = AuditFilter.parse("2026-11-21", "2026-11-22", null, null, null, null);
    assertThat(days.from()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
    assertThat(days.to()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));

    AuditFilter moments = AuditFilter.parse("2026-11-22T10:15:30Z", " 2026-11-22T10:16:00Z ", null, null, null, null);
    assertThat(moments.from()).isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
    assertThat(moments.to()).isEqualTo(Instant.parse("2026-11-22T10:16:00Z"));
  }

  @Test
  void blankFieldsFilterNothingAndUsernamesAreMatchedAsStored() {
    assertThat(AuditFilter.parse("", " ", null, "", null, "  ")).isEqualTo(AuditFilter.NONE);
    assertThat(AuditFilter.parse(null, null, " Alice.Smith ", "answer.save", "assessment", "50"))
        .isEqualTo(new AuditFilter(null, null, "alice.smith", "answer.save", "assessment", "50"));
    assertThat(AuditFilter.parse(null, null, "participant:12", null, null, null).actor()).isEqualTo("participant:12");
  }

  @ParameterizedTest
  @CsvSource({
    "from, yesterday, , , , ,",
    "to, , 2026-02-30, , , ,",
    "to, 2026-11-22, 2026-11-22T00:00:00Z, , , ,",
    "actor, , , alice smith, , ,",
    "action, , , , Answer.Save, ,",
    "objectType, , , , , assessment;drop,",
    "objectId, , , , , , 1 OR 1=1",
  })
  void whatCannotBeInTheLogIsRefusedNamingItsField(String field, String from, String to, String actor, String action, String objectType, String objectId) {
    assertThatThrownBy(() -> AuditFilter.parse(from, to, actor, action, objectType, objectId))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problem().status()).isEqualTo(400);
          assertThat(e.problem().errors().get(0).field()).isEqualTo(field);
        });
  }
}
