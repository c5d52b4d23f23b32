package org.candor.engine.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over random departments: assessments (records), each in a quarter and a column, answered by a
 * random small set of accounts. Every figure the rules release for every period of whole quarters
 * is checked against the records it is computed from.
 */
class SuppressionPropertiesTest {

  static final int QUARTERS = 6;
  static final int COLUMNS = 4;

  /** One assessment: when it finished, which cell it falls in, who answered it. */
  record Assessment(int quarter, int column, Set<Integer> accounts) {}

  /** A released figure and the records it counts. */
  record Figure(String name, long value, BitSet records) {}

  @Provide
  Arbitrary<List<Assessment>> department() {
    Arbitrary<Integer> people = Arbitraries.integers().between(0, 40);
    Arbitrary<Assessment> assessment = Combinators.combine(
            Arbitraries.integers().between(0, QUARTERS - 1),
            // skewed: the last column is rare, like NO-GO by a red line
            Arbitraries.frequency(net.jqwik.api.Tuple.of(5, 0), net.jqwik.api.Tuple.of(4, 1), net.jqwik.api.Tuple.of(2, 2), net.jqwik.api.Tuple.of(1, 3)),
            people.set().ofMinSize(1).ofMaxSize(5))
        .as(Assessment::new);
    return assessment.list().ofMaxSize(80);
  }

  @Property(tries = 300)
  void noReleasedFigureComesFromFewerThanKRespondents(
      @ForAll("department") List<Assessment> assessments, @ForAll @IntRange(min = 5, max = 8) int k) {
    List<Assessment> all = assessments;
    for (Figure figure : released(all, new Suppression(k))) {
      assertThat(figure.value()).as(figure.name()).isEqualTo(figure.records().cardinality());
      assertThat(respondents(all, figure.records())).as(figure.name()).satisfiesAnyOf(
          n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(k));
    }
  }

  @Property(tries = 200)
  void noDifferenceOfTwoReleasedFiguresIsolatesFewerThanKRespondents(
      @ForAll("department") List<Assessment> assessments, @ForAll @IntRange(min = 5, max = 8) int k) {
    List<Figure> figures = released(assessments, new Suppression(k));
    for (Figure larger : figures) {
      for (Figure smaller : figures) {
        BitSet difference = (BitSet) larger.records().clone();
        difference.andNot(smaller.records());
        BitSet overlap = (BitSet) smaller.records().clone();
        overlap.andNot(larger.records());
        if (overlap.isEmpty()) { // smaller is contained in larger: their difference is a figure too
          assertThat(respondents(assessments, difference)).as(larger.name() + " minus " + smaller.name())
              .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(k));
        }
      }
    }
  }

  @Property(tries = 200)
  void aTotalMinusAllItsShownCellsIsolatesNobodyOrAtLeastK(
      @ForAll("department") List<Assessment> assessments, @ForAll @IntRange(min = 5, max = 8) int k) {
    Suppression suppression = new Suppression(k);
    for (int from = 0; from < QUARTERS; from++) {
      for (int to = from; to < QUARTERS; to++) {
        ReleasedRow row = periodRow(assessments, suppression, from, to);
        if (row.total() == null) {
          continue;
        }
        BitSet rest = records(assessments, from, to, -1);
        for (int column = 0; column < COLUMNS; column++) {
          if (row.cells().get(column) != null) {
            rest.andNot(records(assessments, from, to, column));
          }
        }
        assertThat(respondents(assessments, rest)).as("period %d-%d", from, to)
            .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(k));
      }
    }
  }

  /** Every figure released for every period of whole quarters: each cell and each total. */
  static List<Figure> released(List<Assessment> assessments, Suppression suppression) {
    List<Figure> figures = new ArrayList<>();
    for (int from = 0; from < QUARTERS; from++) {
      for (int to = from; to < QUARTERS; to++) {
        ReleasedRow row = periodRow(assessments, suppression, from, to);
        for (int column = 0; column < COLUMNS; column++) {
          if (row.cells().get(column) != null) {
            figures.add(new Figure(from + "-" + to + " column " + column, row.cells().get(column), records(assessments, from, to, column)));
          }
        }
        if (row.total() != null) {
          figures.add(new Figure(from + "-" + to + " total", row.total(), records(assessments, from, to, -1)));
        }
        Long rare = row.sumOf(List.of(2, 3));
        if (rare != null) {
          BitSet both = records(assessments, from, to, 2);
          both.or(records(assessments, from, to, 3));
          figures.add(new Figure(from + "-" + to + " columns 2+3", rare, both));
        }
      }
    }
    return figures;
  }

  /** What the application does: tally each quarter in the database, release it, combine the period. */
  static ReleasedRow periodRow(List<Assessment> assessments, Suppression suppression, int from, int to) {
    List<ReleasedRow> quarters = new ArrayList<>();
    for (int quarter = from; quarter <= to; quarter++) {
      List<Tally> cells = new ArrayList<>();
      for (int column = 0; column < COLUMNS; column++) {
        cells.add(tally(assessments, records(assessments, quarter, quarter, column)));
      }
      quarters.add(suppression.release(new TallyRow(cells, tally(assessments, records(assessments, quarter, quarter, -1)))));
    }
    return Suppression.combine(quarters, COLUMNS);
  }

  static Tally tally(List<Assessment> assessments, BitSet records) {
    return new Tally(records.cardinality(), respondents(assessments, records));
  }

  /** The records of a period, in one column or (-1) in all. */
  static BitSet records(List<Assessment> assessments, int from, int to, int column) {
    BitSet records = new BitSet();
    for (int i = 0; i < assessments.size(); i++) {
      Assessment a = assessments.get(i);
      if (a.quarter() >= from && a.quarter() <= to && (column < 0 || a.column() == column)) {
        records.set(i);
      }
    }
    return records;
  }

  static int respondents(List<Assessment> assessments, BitSet records) {
    Set<Integer> accounts = new HashSet<>();
    records.stream().forEach(i -> accounts.addAll(assessments.get(i).accounts()));
    return accounts.size();
  }
}
