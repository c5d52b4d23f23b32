package org.candor.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://evil\")"})
  void textAFormulaCouldStartWithGetsAnApostrophe(String text) {
    assertThat(SpreadsheetText.neutralise(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Vision lab", "2026-Q1", "0\u20132", "'quoted", "a=b", ""})
  void otherTextIsKept(String text) {
    assertThat(SpreadsheetText.neutralise(text)).isEqualTo(text);
  }
}
