package org.candor.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseTextsTest {

  @Test
  void wrappedLinesFlowAndBlankLinesSeparateParagraphs() {
    assertThat(CaseTexts.split("In 2018 a university\nran a contest.\n\n  Tencent also\n operates WeChat.\n"))
        .containsExactly("In 2018 a university ran a contest.", "Tencent also operates WeChat.");
    assertThat(CaseTexts.split(null)).isEmpty();
  }
}
