package org.candor.engine;

import java.math.BigInteger;
import java.util.Comparator;

/** Compares versions such as "1.10.0" number by number ("1.10" is after "1.9"). */
final class Versions {

  static final Comparator<String> ORDER = Versions::compare;

  private Versions() {}

  static int compare(String a, String b) {
    String[] left = a.split("\\.");
    String[] right = b.split("\\.");
    for (int i = 0; i < Math.max(left.length, right.length); i++) {
      BigInteger l = i < left.length ? number(left[i]) : BigInteger.ZERO;
      BigInteger r = i < right.length ? number(right[i]) : BigInteger.ZERO;
      int c = l.compareTo(r);
      if (c != 0) {
        return c;
      }
    }
    return a.compareTo(b);
  }

  private static BigInteger number(String part) {
    try {
      return new BigInteger(part);
    } catch (NumberFormatException e) {
      return BigInteger.ZERO;
    }
  }
}
