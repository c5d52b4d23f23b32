package org.candor.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Renders values for messages and explanations, the same way on every machine. */
final class Fmt {

  private Fmt() {}

  /** At most two decimals, no trailing zeros: 6.6666 → "6.67", 4.0 → "4". */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    BigDecimal rounded =
        Math.abs(value) < 1e13
            ? BigDecimal.valueOf(Math.round(value * 100), 2).stripTrailingZeros()
            : new BigDecimal(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.toPlainString();
  }

  /** A value as expressions write it: 'text', ['a', 'b'], 3, 7.5, true. */
  static String value(Object value) {
    if (value instanceof String text) {
      return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(value(list.get(i)));
      }
      return out.append(']').toString();
    }
    if (value instanceof Double d) {
      return number(d);
    }
    return String.valueOf(value);
  }
}
