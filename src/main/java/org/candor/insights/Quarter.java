package org.candor.insights;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter in UTC, the smallest period insights are given for. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter);
    }
  }

  public static Quarter of(Instant instant) {
    ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
    return new Quarter(utc.getYear(), (utc.getMonthValue() + 2) / 3);
  }

  /** As stored in {@code assessment.finished_quarter}: year × 10 + quarter. */
  public static Quarter fromCode(int code) {
    return new Quarter(code / 10, code % 10);
  }

  /** "2026-Q3", or {@code null} if the text is not a quarter. */
  public static Quarter parse(String text) {
    Matcher m = text == null ? null : TEXT.matcher(text.trim());
    return m != null && m.matches() ? new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
  }

  public int code() {
    return year * 10 + quarter;
  }

  public Quarter next() {
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  public Quarter minus(int quarters) {
    int index = year * 4 + quarter - 1 - quarters;
    return new Quarter(index / 4, index % 4 + 1);
  }

  @Override
  public int compareTo(Quarter other) {
    return Integer.compare(code(), other.code());
  }

  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
