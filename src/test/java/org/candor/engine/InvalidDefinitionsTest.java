package org.candor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture under {@code src/test/resources/invalid} is an invalid definition. A single file
 * {@code name.yaml} has its expected problems in {@code name.expected}; a folder (loaded as a
 * whole) has them in {@code expected.txt}. Each expected line is {@code line:column: message}
 * (folders: {@code file:line:column: message}; warnings say {@code warning: message}), lines
 * starting with '#' describe the fixture. The
 * loader must report exactly these problems, in this order.
 */
class InvalidDefinitionsTest {

  private static final Path ROOT = Path.of("src/test/resources/invalid");

  private final QuestionnaireLoader loader = new QuestionnaireLoader();

  static Stream<Arguments> fixtures() throws IOException {
    try (Stream<Path> entries = Files.list(ROOT)) {
      return entries
          .filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .map(p -> Arguments.of(p.getFileName().toString(), p))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void reportsExactlyTheExpectedProblems(String name, Path fixture) throws IOException {
    List<String> actual;
    List<String> expected;
    if (Files.isDirectory(fixture)) {
      expected = expectations(fixture.resolve("expected.txt"));
      Catalog catalog = loader.loadDirectory(fixture);
      actual = catalog.problems().stream().map(p -> p.toString().substring(name.length() + 1)).toList();
    } else {
      expected = expectations(ROOT.resolve(name.replaceFirst("\\.yaml$", ".expected")));
      Catalog catalog = loader.load(List.of(new DefinitionSource(name, Files.readString(fixture))));
      assertThat(catalog.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo(name));
      assertThat(catalog.questionnaires()).isEmpty();
      assertThat(catalog.sections()).isEmpty();
      assertThat(catalog.cases()).isEmpty();
      actual =
          catalog.problems().stream()
              .map(p -> p.line() + ":" + p.column() + ": " + (p.isWarning() ? "warning: " : "") + p.message())
              .toList();
    }
    assertThat(expected).as("a fixture must expect at least one problem").isNotEmpty();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void thereAreAtLeastSixtyFixtures() throws IOException {
    assertThat(fixtures().count()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void everySingleFileFixtureHasItsExpectations() throws IOException {
    try (Stream<Path> entries = Files.list(ROOT)) {
      entries
          .filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .forEach(p -> assertThat(ROOT.resolve(p.getFileName().toString().replaceFirst("\\.yaml$", ".expected"))).exists());
    }
  }

  private static List<String> expectations(Path file) throws IOException {
    return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }
}
