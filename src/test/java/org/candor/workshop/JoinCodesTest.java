package org.candor.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

  @Test
  void thereAreMoreThanTwoToTheFortyCodes() {
    assertThat(JoinCodes.possibleCodes()).isGreaterThanOrEqualTo(BigInteger.TWO.pow(40));
    assertThat(JoinCodes.possibleCodes()).isEqualTo(BigInteger.valueOf(29).pow(9));
  }

  @Test
  void theAlphabetHasNoLookAlikesAndNoRepeats() {
    for (char confusable : "0O1IL UV".replace(" ", "").toCharArray()) {
      assertThat(JoinCodes.ALPHABET).doesNotContain(String.valueOf(confusable));
    }
    assertThat(JoinCodes.ALPHABET.chars().distinct().count()).isEqualTo(JoinCodes.ALPHABET.length());
    assertThat(JoinCodes.ALPHABET).matches("[2-9A-Z]+");
  }

  @Test
  void codesUseOnlyTheAlphabetAndEveryCharacterOccurs() {
    JoinCodes codes = new JoinCodes(new SecureRandom());
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String code = codes.next();
      assertThat(code).hasSize(JoinCodes.LENGTH);
      code.chars().forEach(c -> seen.add((char) c));
      assertThat(JoinCodes.ALPHABET.indexOf(code.charAt(0))).isNotNegative();
    }
    assertThat(seen).hasSize(JoinCodes.ALPHABET.length());
    assertThat(seen.stream().allMatch(c -> JoinCodes.ALPHABET.indexOf(c) >= 0)).isTrue();
  }

  @Test
  void codesAreShownInGroupsOfThree() {
    assertThat(JoinCodes.display("K7FM3QXPA")).isEqualTo("K7F-M3Q-XPA");
  }

  @Test
  void whatPeopleTypeIsNormalisedOrRefused() {
    assertThat(JoinCodes.normalise("k7f-m3q-xpa")).contains("K7FM3QXPA");
    assertThat(JoinCodes.normalise(" K7F M3Q XPA ")).contains("K7FM3QXPA");
    assertThat(JoinCodes.normalise("K7F-M3Q-XP")).isEmpty();
    assertThat(JoinCodes.normalise("O7F-M3Q-XPA")).isEmpty();
    assertThat(JoinCodes.normalise("K7F-M3Q-XPA1")).isEmpty();
    assertThat(JoinCodes.normalise(null)).isEmpty();
  }

  @Test
  void theGeneratorDrawsFromTheGivenSource() {
    assertThat(new JoinCodes(new Random(7)).next()).isEqualTo(new JoinCodes(new Random(7)).next());
  }
}
