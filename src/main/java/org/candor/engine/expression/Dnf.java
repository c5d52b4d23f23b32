package org.candor.engine.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition in disjunctive normal form: it holds when every atom of at least one clause holds. No
 * clauses means "never"; a clause without atoms means "always".
 */
public record Dnf(List<List<Atom>> clauses) {

  static final int MAX_CLAUSES = 64;

  public Dnf {
    List<List<Atom>> copy = new ArrayList<>();
    for (List<Atom> clause : clauses) {
      copy.add(List.copyOf(clause));
    }
    clauses = List.copyOf(copy);
  }

  public static final Dnf TRUE = new Dnf(List.of(List.of()));
  public static final Dnf FALSE = new Dnf(List.of());

  static Dnf of(Atom atom) {
    return new Dnf(List.of(List.of(atom)));
  }

  /** Whether some clause has no atoms, i.e. the condition always holds. */
  public boolean alwaysTrue() {
    return clauses.stream().anyMatch(List::isEmpty);
  }

  Dnf or(Dnf other) {
    List<List<Atom>> all = new ArrayList<>(clauses);
    all.addAll(other.clauses);
    return all.size() > MAX_CLAUSES ? null : new Dnf(all);
  }

  Dnf and(Dnf other) {
    if ((long) clauses.size() * other.clauses.size() > MAX_CLAUSES) {
      return null;
    }
    List<List<Atom>> all = new ArrayList<>();
    for (List<Atom> left : clauses) {
      for (List<Atom> right : other.clauses) {
        List<Atom> clause = new ArrayList<>(left);
        clause.addAll(right);
        all.add(clause);
      }
    }
    return new Dnf(all);
  }
}
