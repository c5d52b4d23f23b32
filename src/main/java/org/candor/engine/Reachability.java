package org.candor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.candor.engine.expression.Atom;
import org.candor.engine.expression.Comparison;
import org.candor.engine.expression.Dnf;

/**
 * Finds policy rules that can never fire: rules whose condition can never hold, and rules that only
 * match assessments an earlier rule already matches. The analysis is conservative: it reports a
 * rule only when that is certain from the parts of the conditions it understands (score
 * thresholds, answer comparisons, {@code answered.} tests, true and false); other parts count as
 * unknown.
 */
final class Reachability {

  /** The bounds of every {@code score.d} and {@code raw.d} variable. */
  record Bounds(Map<String, double[]> ranges) {
    double[] of(String variable) {
      return ranges.getOrDefault(variable, new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
    }
  }

  /**
   * Why a rule can never fire.
   *
   * @param coveredBy indexes of the earlier rules that match everything it matches; empty when
   *     its condition can never hold at all
   */
  record Finding(int rule, List<Integer> coveredBy) {}

  private Reachability() {}

  /** @param rules each rule's condition, or null when it could not be analysed */
  static List<Finding> analyse(List<Dnf> rules, Bounds bounds) {
    List<Finding> findings = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      Dnf dnf = rules.get(r);
      if (dnf == null) {
        continue;
      }
      Set<Integer> covering = new LinkedHashSet<>();
      boolean unreachable = true;
      for (List<Atom> clause : dnf.clauses()) {
        if (empty(clause, bounds)) {
          continue;
        }
        int by = coveredBy(clause, rules, r, bounds);
        if (by < 0) {
          unreachable = false;
          break;
        }
        covering.add(by);
      }
      if (unreachable) {
        findings.add(new Finding(r, List.copyOf(covering)));
      }
    }
    return findings;
  }

  private static int coveredBy(List<Atom> clause, List<Dnf> rules, int before, Bounds bounds) {
    for (int e = 0; e < before; e++) {
      Dnf earlier = rules.get(e);
      if (earlier == null) {
        continue;
      }
      for (List<Atom> earlierClause : earlier.clauses()) {
        if (earlierClause.stream().allMatch(atom -> implies(clause, atom, bounds))) {
          return e;
        }
      }
    }
    return -1;
  }

  /** An interval with open or closed ends. */
  private record Interval(double low, boolean lowOpen, double high, boolean highOpen) {
    boolean isEmpty() {
      return low > high || low == high && (lowOpen || highOpen);
    }

    boolean contains(double value) {
      return (value > low || value == low && !lowOpen) && (value < high || value == high && !highOpen);
    }
  }

  private static Interval interval(List<Atom> clause, String variable, Bounds bounds) {
    double[] range = bounds.of(variable);
    double low = range[0];
    double high = range[1];
    boolean lowOpen = false;
    boolean highOpen = false;
    for (Atom atom : clause) {
      if (!(atom instanceof Atom.Threshold t) || !t.variable().equals(variable)) {
        continue;
      }
      double v = t.value();
      switch (t.op()) {
        case GE, GT -> {
          boolean open = t.op() == Comparison.GT;
          if (v > low || v == low && open) {
            low = v;
            lowOpen = open;
          }
        }
        case LE, LT -> {
          boolean open = t.op() == Comparison.LT;
          if (v < high || v == high && open) {
            high = v;
            highOpen = open;
          }
        }
        case EQ -> {
          Interval current = new Interval(low, lowOpen, high, highOpen);
          if (current.contains(v)) {
            low = v;
            high = v;
            lowOpen = false;
            highOpen = false;
          } else {
            return new Interval(1, false, 0, false);
          }
        }
        case NE -> {
          // not an interval; ignoring it can only make the region larger
        }
      }
    }
    return new Interval(low, lowOpen, high, highOpen);
  }

  /** Whether no assessment can satisfy every atom of the clause. */
  static boolean empty(List<Atom> clause, Bounds bounds) {
    Set<String> variables = new LinkedHashSet<>();
    Map<String, String> equals = new HashMap<>();
    for (Atom atom : clause) {
      if (atom instanceof Atom.Threshold t) {
        variables.add(t.variable());
      }
    }
    for (String variable : variables) {
      if (interval(clause, variable, bounds).isEmpty()) {
        return true;
      }
    }
    for (Atom atom : clause) {
      if (atom instanceof Atom.AnswerIs a && !a.negated()) {
        String other = equals.putIfAbsent(a.question(), a.value());
        if (other != null && !other.equals(a.value())) {
          return true;
        }
      }
    }
    for (Atom atom : clause) {
      Atom opposite = opposite(atom);
      if (opposite != null && clause.contains(opposite)) {
        return true;
      }
      if (atom instanceof Atom.Answered a && a.negated()) {
        boolean needsAnswer =
            clause.stream()
                .anyMatch(
                    other ->
                        other instanceof Atom.AnswerIs is && !is.negated() && is.question().equals(a.question()) && !is.value().isEmpty()
                            || other instanceof Atom.ChoiceIncludes c && !c.negated() && c.question().equals(a.question()));
        if (needsAnswer) {
          return true;
        }
      }
    }
    return false;
  }

  private static Atom opposite(Atom atom) {
    if (atom instanceof Atom.AnswerIs a) {
      return new Atom.AnswerIs(a.question(), a.value(), !a.negated());
    }
    if (atom instanceof Atom.ChoiceIncludes c) {
      return new Atom.ChoiceIncludes(c.question(), c.value(), !c.negated());
    }
    if (atom instanceof Atom.Answered a) {
      return new Atom.Answered(a.question(), !a.negated());
    }
    if (atom instanceof Atom.Opaque o) {
      return new Atom.Opaque(o.expression(), !o.negated());
    }
    return null;
  }

  /** Whether every assessment satisfying the clause satisfies the atom. */
  static boolean implies(List<Atom> clause, Atom atom, Bounds bounds) {
    if (atom instanceof Atom.Threshold t) {
      Interval i = interval(clause, t.variable(), bounds);
      if (i.isEmpty()) {
        return true;
      }
      double v = t.value();
      return switch (t.op()) {
        case GE -> i.low() >= v;
        case GT -> i.low() > v || i.low() == v && i.lowOpen();
        case LE -> i.high() <= v;
        case LT -> i.high() < v || i.high() == v && i.highOpen();
        case EQ -> i.low() == v && i.high() == v;
        case NE -> !i.contains(v) || clause.contains(t);
      };
    }
    if (atom instanceof Atom.AnswerIs a && a.negated()) {
      return clause.contains(a)
          || clause.stream()
              .anyMatch(o -> o instanceof Atom.AnswerIs is && !is.negated() && is.question().equals(a.question()) && !is.value().equals(a.value()));
    }
    if (atom instanceof Atom.Answered a && !a.negated()) {
      return clause.contains(a)
          || clause.stream()
              .anyMatch(
                  o ->
                      o instanceof Atom.AnswerIs is && !is.negated() && is.question().equals(a.question()) && !is.value().isEmpty()
                          || o instanceof Atom.ChoiceIncludes c && !c.negated() && c.question().equals(a.question()));
    }
    return clause.contains(atom);
  }
}
