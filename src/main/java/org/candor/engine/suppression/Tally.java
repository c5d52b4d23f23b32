package org.candor.engine.suppression;

/**
 * A figure before release: what it counts and from how many distinct respondents it is computed.
 *
 * @param value the count (assessments, answers)
 * @param respondents distinct accounts whose answers feed the figure; 0 only when {@code value} is 0
 */
public record Tally(long value, long respondents) {

  public static final Tally NONE = new Tally(0, 0);

  public Tally {
    if (value < 0 || respondents < 0 || (respondents == 0) != (value == 0)) {
      throw new IllegalArgumentException("A tally of " + value + " from " + respondents + " respondents");
    }
  }
}
