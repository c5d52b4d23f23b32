package org.candor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.candor.engine.expression.Atom;
import org.candor.engine.expression.CompiledExpression;
import org.candor.engine.expression.Dnf;

/**
 * Works out what would change an outcome: how far scores are from the thresholds of earlier rules
 * (which would take precedence), and what would stop the fired rule from applying.
 */
final class Explainer {

  private static final int TOP = 3;

  private final Questionnaire questionnaire;
  private final Engine.State state;
  private final List<Contribution> contributions;
  private final List<String> notes;

  Explainer(Questionnaire questionnaire, Engine.State state, List<Contribution> contributions, List<String> notes) {
    this.questionnaire = questionnaire;
    this.state = state;
    this.contributions = contributions;
    this.notes = notes;
  }

  List<Change> whatWouldChange(int fired) {
    List<Change> changes = new ArrayList<>();
    List<Rule> rules = questionnaire.rules();
    for (int e = 0; e < fired; e++) {
      Change change = wouldFire(e, rules.get(e));
      if (change != null) {
        changes.add(change);
      }
    }
    Change stop = stopFiring(fired, rules.get(fired));
    if (stop != null) {
      changes.add(stop);
    }
    return changes;
  }

  /** An earlier rule that only needs scores to move; the clause needing the least movement. */
  private Change wouldFire(int index, Rule rule) {
    Dnf dnf = questionnaire.ruleConditions[index].dnf();
    if (dnf == null) {
      return null;
    }
    List<Gap> best = null;
    double bestTotal = Double.POSITIVE_INFINITY;
    for (List<Atom> clause : dnf.clauses()) {
      List<Gap> gaps = new ArrayList<>();
      boolean reachable = true;
      for (Atom atom : clause) {
        if (atom instanceof Atom.Threshold t) {
          double current = (Double) state.value(t.variable());
          if (!t.op().test(current, t.value())) {
            Gap gap = gapToReach(t, current);
            if (gap == null) {
              reachable = false;
              break;
            }
            gaps.add(gap);
          }
        } else if (!Boolean.TRUE.equals(holds(atom))) {
          reachable = false;
          break;
        }
      }
      if (!reachable || gaps.isEmpty()) {
        continue;
      }
      double total = 0;
      for (Gap gap : gaps) {
        total += gap.margin();
      }
      if (total < bestTotal) {
        bestTotal = total;
        best = gaps;
      }
    }
    if (best == null) {
      return null;
    }
    String text =
        "Rule '" + rule.id() + "' (" + rule.outcome() + ") comes first and would decide instead if "
            + describe(best, " and ") + ".";
    return new Change(Change.Kind.WOULD_FIRE, rule.id(), rule.outcome(), best, List.of(), null, null, text);
  }

  /** What would make the fired rule stop applying, and which rule would then decide. */
  private Change stopFiring(int index, Rule rule) {
    CompiledExpression compiled = questionnaire.ruleConditions[index];
    Dnf dnf = compiled.dnf();
    if (dnf != null && dnf.alwaysTrue()) {
      return null;
    }
    List<Gap> gaps = new ArrayList<>();
    if (dnf != null) {
      for (List<Atom> clause : dnf.clauses()) {
        boolean mayHold = true;
      for (Atom atom : clause) {
        mayHold &= !Boolean.FALSE.equals(holds(atom));
      }
      if (mayHold) {
          for (Atom atom : clause) {
            if (atom instanceof Atom.Threshold t) {
              Gap gap = gapToLeave(t, (Double) state.value(t.variable()));
              if (gap != null) {
                gaps.add(gap);
              }
            }
          }
          break;
        }
      }
    }
    List<String> questions = new ArrayList<>();
    for (Question question : questionnaire.questions()) {
      if (compiled.questions().contains(question.id())) {
        questions.add(question.id());
      }
    }
    String nextRule = null;
    Outcome nextOutcome = null;
    List<Rule> rules = questionnaire.rules();
    for (int r = index + 1; r < rules.size(); r++) {
      if (Engine.test(questionnaire.ruleConditions[r], state, "the condition of rule", rules.get(r).id(), notes)) {
        nextRule = rules.get(r).id();
        nextOutcome = rules.get(r).outcome();
        break;
      }
    }
    StringBuilder text = new StringBuilder("This rule would no longer apply ");
    if (!gaps.isEmpty()) {
      text.append("if ").append(describe(gaps, " or "));
      if (!questions.isEmpty()) {
        text.append(", or with different answers to ").append(String.join(", ", questions));
      }
    } else {
      text.append("only with different answers to ").append(questions.isEmpty() ? "the questions it reads" : String.join(", ", questions));
    }
    if (nextRule != null) {
      text.append("; with the other answers as they are, rule '").append(nextRule).append("' (").append(nextOutcome).append(") would then decide");
    }
    text.append('.');
    return new Change(Change.Kind.STOP_FIRING, rule.id(), rule.outcome(), gaps, questions, nextRule, nextOutcome, text.toString());
  }

  /** Whether a non-threshold atom holds now; null when that cannot be told. */
  private Boolean holds(Atom atom) {
    if (atom instanceof Atom.Threshold t) {
      return t.op().test((Double) state.value(t.variable()), t.value());
    }
    if (atom instanceof Atom.AnswerIs a) {
      return a.value().equals(state.value(a.question())) != a.negated();
    }
    if (atom instanceof Atom.ChoiceIncludes c) {
      return state.value(c.question()) instanceof List<?> list && list.contains(c.value()) != c.negated();
    }
    if (atom instanceof Atom.Answered a) {
      return Boolean.TRUE.equals(state.value("answered." + a.question())) != a.negated();
    }
    return null;
  }

  private Gap gapToReach(Atom.Threshold t, double current) {
    return switch (t.op()) {
      case GE -> gap(t, current, t.value() - current, Gap.Direction.RISE, false);
      case GT -> gap(t, current, t.value() - current, Gap.Direction.RISE, true);
      case LE -> gap(t, current, current - t.value(), Gap.Direction.FALL, false);
      case LT -> gap(t, current, current - t.value(), Gap.Direction.FALL, true);
      case EQ, NE -> null;
    };
  }

  private Gap gapToLeave(Atom.Threshold t, double current) {
    return switch (t.op()) {
      case GE -> gap(t, current, current - t.value(), Gap.Direction.FALL, true);
      case GT -> gap(t, current, current - t.value(), Gap.Direction.FALL, false);
      case LE -> gap(t, current, t.value() - current, Gap.Direction.RISE, true);
      case LT -> gap(t, current, t.value() - current, Gap.Direction.RISE, false);
      case EQ, NE -> null;
    };
  }

  private Gap gap(Atom.Threshold t, double current, double margin, Gap.Direction direction, boolean strict) {
    List<Contribution> top = new ArrayList<>();
    for (Contribution c : contributions) {
      if (c.dimension().equals(t.dimension())) {
        top.add(c);
      }
    }
    // largest first; ties keep questionnaire order (the sort is stable)
    top.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.amount())));
    if (top.size() > TOP) {
      top = top.subList(0, TOP);
    }
    return new Gap(t.variable(), t.dimension(), t.op().symbol() + " " + Fmt.number(t.value()), current, t.value(), margin, direction, strict, top);
  }

  private static String describe(List<Gap> gaps, String joiner) {
    List<String> parts = new ArrayList<>();
    for (Gap gap : gaps) {
      String verb = gap.direction() == Gap.Direction.RISE ? "rose" : "fell";
      String target;
      if (gap.direction() == Gap.Direction.RISE) {
        target = gap.strict() ? "above " + Fmt.number(gap.threshold()) : "to " + Fmt.number(gap.threshold()) + " or more";
      } else {
        target = gap.strict() ? "below " + Fmt.number(gap.threshold()) : "to " + Fmt.number(gap.threshold()) + " or less";
      }
      String by = (gap.strict() ? "by more than " : "by ") + Fmt.number(gap.margin());
      String top =
          gap.topContributions().isEmpty()
              ? ""
              : "; it comes most from "
                  + String.join(
                      ", ",
                      gap.topContributions().stream().map(c -> c.question() + " (" + signed(c.amount()) + ")").toList());
      parts.add(gap.variable() + " " + verb + " from " + Fmt.number(gap.current()) + " " + target + " (" + by + top + ")");
    }
    return String.join(joiner, parts);
  }

  private static String signed(double amount) {
    return (amount > 0 ? "+" : "") + Fmt.number(amount);
  }
}
