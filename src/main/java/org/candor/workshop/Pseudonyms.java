package org.candor.workshop;

import java.security.SecureRandom;
import java.text.MessageFormat;
import java.util.Locale;

/** Pseudonyms for participants who do not choose one: the bundle's pattern with a random number. */
final class Pseudonyms {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Pseudonyms() {}

  /** @param pattern such as "Participant {0}" */
  static String generate(String pattern) {
    return new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {String.valueOf(1000 + RANDOM.nextInt(9000))});
  }
}
