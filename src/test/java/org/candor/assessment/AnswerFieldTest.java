package org.candor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.candor.engine.QuestionType;
import org.junit.jupiter.api.Test;

class AnswerFieldTest {

  @Test
  void savedValuesComeBackAsTheFormShowsThem() {
    assertThat(new AnswerField("q", QuestionType.SCALE, 3L).getChoice()).isEqualTo("3");
    assertThat(new AnswerField("q", QuestionType.NUMBER, 2.5).getText()).isEqualTo("2.5");
    assertThat(new AnswerField("q", QuestionType.MULTI, List.of("a", "b")).getChoices()).containsExactly("a", "b");
    assertThat(new AnswerField("q", QuestionType.SINGLE, null).answered()).isFalse();
  }

  @Test
  void formInputBecomesTheEngineValue() {
    AnswerField scale = new AnswerField("q", QuestionType.SCALE, null);
    scale.setChoice("4");
    assertThat(scale.value()).isEqualTo(4L);

    AnswerField number = new AnswerField("q", QuestionType.NUMBER, null);
    number.setText(" 12 ");
    assertThat(number.value()).isEqualTo(12L);
    number.setText("3,5");
    assertThat(number.value()).isEqualTo(3.5);
    number.setText("twelve");
    assertThatThrownBy(number::value).isInstanceOf(NumberFormatException.class);

    AnswerField multi = new AnswerField("q", QuestionType.MULTI, null);
    multi.setChoices(new String[] {"x"});
    assertThat(multi.value()).isEqualTo(List.of("x"));
    multi.setChoices(null);
    assertThat(multi.value()).as("no choice clears the answer").isNull();

    AnswerField text = new AnswerField("q", QuestionType.TEXT, "kept");
    text.setText("   ");
    assertThat(text.value()).isNull();
  }
}
