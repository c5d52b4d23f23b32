package org.candor.insights;

/** Score distributions cut the 0–10 scale into five bands of two points: [0, 2) … [8, 10]. */
public final class ScoreBand {

  public static final int COUNT = 5;

  private ScoreBand() {}

  /** 0 for [0, 2), 1 for [2, 4) … 4 for [8, 10]. */
  public static int of(double normalised) {
    return Math.max(0, Math.min(COUNT - 1, (int) Math.floor(normalised / 2)));
  }

  /** "0–2", "2–4" … "8–10". */
  public static String label(int band) {
    return band * 2 + "\u2013" + (band * 2 + 2);
  }
}
