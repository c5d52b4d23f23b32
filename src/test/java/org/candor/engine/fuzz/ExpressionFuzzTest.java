package org.candor.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.candor.engine.expression.CompiledExpression;
import org.candor.engine.expression.Declaration;
import org.candor.engine.expression.ExpressionCompiler;
import org.candor.engine.expression.ExpressionIssue;
import org.candor.engine.expression.Scope;
import org.candor.engine.expression.ValueType;

/**
 * Fuzzes the expression compiler (showIf, rule {@code when}, prompt showIf) with arbitrary text, and
 * evaluates whatever compiles. Whatever the input, compiling gives either a compiled expression or
 * issues whose offsets lie inside the expression, and evaluating gives true, false or {@link
 * CompiledExpression.EvaluationFailure} (which the engine reports as a note): no other exception,
 * no side effect (nothing but the declared variables is reachable), and no unbounded time (CEL's
 * limits on length, nesting and comprehension iterations hold).
 *
 * <p>The first byte of an input chooses the scope, the rest is the expression in UTF-8. {@code mvn
 * test} replays the saved inputs under {@code
 * src/test/resources/org/candor/engine/fuzz/ExpressionFuzzTestInputs/compileAndEvaluate/} (a seed
 * corpus of legal and hostile expressions, plus every input that once found a bug). To fuzz for
 * real, on one core and for a bounded time:
 *
 * <pre>
 * JAZZER_FUZZ=1 nice -n 19 mvn -o test -Dtest=ExpressionFuzzTest -Djazzer.max_duration=5m \
 *     '-Djazzer.instrumentation_includes=org.candor.**:dev.cel.**'
 * </pre>
 *
 * Crashing inputs land in the inputs folder above: fix the bug, then commit the input.
 */
class ExpressionFuzzTest {

  private static final List<Scope> SCOPES =
      List.of(Scope.showIf(2, "notes"), Scope.showIf(5, "later"), Scope.RULE, Scope.PROMPT);

  private static final Map<String, Object> ANSWERS =
      Map.of(
          "partner", "yes",
          "kinds", List.of("paper"),
          "size", 3L,
          "budget", 2.5,
          "notes", "<script>alert(1)</script> ${x} #{y}");

  private final ExpressionCompiler compiler =
      new ExpressionCompiler(
          List.of(
              new Declaration("partner", ValueType.TEXT, List.of("yes", "no", "unsure"), 0),
              new Declaration("kinds", ValueType.CHOICES, List.of("paper", "code"), 1),
              new Declaration("notes", ValueType.TEXT, null, 2),
              new Declaration("size", ValueType.WHOLE_NUMBER, null, 3),
              new Declaration("budget", ValueType.DECIMAL, null, 4)),
          List.of("risk", "benefit"));

  @FuzzTest(maxDuration = "5m")
  void compileAndEvaluate(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Scope scope = SCOPES.get(Byte.toUnsignedInt(input[0]) % SCOPES.size());
    String expression = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);

    ExpressionCompiler.Result result = compiler.compile(expression, scope);

    if (!result.ok()) {
      assertThat(result.issues()).isNotEmpty();
      int length = expression.codePointCount(0, expression.length());
      for (ExpressionIssue issue : result.issues()) {
        assertThat(issue.offset()).isBetween(0, length);
        assertThat(issue.message()).isNotBlank();
      }
      return;
    }
    assertThat(result.issues()).isEmpty();
    try {
      result.expression().test(ExpressionFuzzTest::value);
    } catch (CompiledExpression.EvaluationFailure expected) {
      // a runtime error such as a division by zero: the engine treats the expression as false
    }
  }

  private static Optional<Object> value(String name) {
    if (ANSWERS.containsKey(name)) {
      return Optional.of(ANSWERS.get(name));
    }
    if (name.startsWith("answered.")) {
      return Optional.of(Boolean.TRUE);
    }
    if (name.startsWith("score.") || name.startsWith("raw.")) {
      return Optional.of(5.0);
    }
    return Optional.empty();
  }
}
