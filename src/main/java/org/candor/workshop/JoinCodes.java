package org.candor.workshop;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Workshop join codes: nine characters from an alphabet without look-alikes (no 0/O, 1/I/L, U/V),
 * shown in three groups of three ({@code K7F-M3Q-XPA}) so they are easy to read aloud and type on
 * a phone. 29^9 is about 1.45 × 10^13 possible codes, more than 2^43.
 */
public final class JoinCodes {

  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
  public static final int LENGTH = 9;
  private static final int GROUP = 3;

  private final RandomGenerator random;

  /** @param random a cryptographically strong source in production ({@code SecureRandom}) */
  public JoinCodes(RandomGenerator random) {
    this.random = random;
  }

  /** A new code in its canonical form: {@link #LENGTH} characters of {@link #ALPHABET}, no separators. */
  public String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** How many different codes there are. */
  public static BigInteger possibleCodes() {
    return BigInteger.valueOf(ALPHABET.length()).pow(LENGTH);
  }

  /** The canonical code grouped for reading aloud: {@code K7FM3QXPA} becomes {@code K7F-M3Q-XPA}. */
  public static String display(String code) {
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < code.length(); i += GROUP) {
      if (i > 0) {
        grouped.append('-');
      }
      grouped.append(code, i, Math.min(code.length(), i + GROUP));
    }
    return grouped.toString();
  }

  /**
   * The canonical form of what someone typed (any case, with or without spaces and hyphens), or
   * empty when it cannot be a code at all.
   */
  public static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
      return Optional.empty();
    }
    return Optional.of(code);
  }
}
