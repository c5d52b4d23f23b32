package org.candor.deliberation;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.candor.engine.Change;
import org.candor.engine.Dimension;
import org.candor.engine.Gap;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.platform.Text;

/**
 * "What would change the outcome" in the reader's language, from the engine's structured {@link
 * Change}: dimensions by their labels and questions by their prompts, not by their ids.
 */
public final class ChangeDescriptions {

  private ChangeDescriptions() {}

  /** @param questionnaire the questionnaire in the reader's language */
  public static String describe(Change change, Questionnaire questionnaire, Locale locale) {
    StringBuilder text = new StringBuilder();
    if (change.kind() == Change.Kind.WOULD_FIRE) {
      text.append(Text.of("change.wouldFire", change.rule(), outcome(change.outcome(), locale),
          gaps(change.gaps(), "change.and", questionnaire, locale)).in(locale));
      return text.toString();
    }
    String questions = questions(change.questions(), questionnaire, locale);
    if (!change.gaps().isEmpty()) {
      text.append(Text.of("change.stopIf", gaps(change.gaps(), "change.or", questionnaire, locale)).in(locale));
      if (!change.questions().isEmpty()) {
        text.append(' ').append(Text.of("change.orAnswers", questions).in(locale));
      }
    } else {
      text.append(Text.of("change.stopOnlyWithAnswers", questions).in(locale));
    }
    if (change.nextRule() != null) {
      text.append(' ').append(Text.of("change.thenDecides", change.nextRule(), outcome(change.nextOutcome(), locale)).in(locale));
    }
    return text.toString();
  }

  private static String gaps(List<Gap> gaps, String joiner, Questionnaire questionnaire, Locale locale) {
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(1);
    List<String> parts =
        gaps.stream()
            .map(gap -> Text.of(gapKey(gap), dimension(gap.dimension(), questionnaire),
                    number.format(gap.current()), number.format(gap.threshold()), number.format(gap.margin()))
                .in(locale))
            .toList();
    return String.join(Text.of(joiner).in(locale), parts);
  }

  private static String gapKey(Gap gap) {
    if (gap.direction() == Gap.Direction.RISE) {
      return gap.strict() ? "change.riseAbove" : "change.riseTo";
    }
    return gap.strict() ? "change.fallBelow" : "change.fallTo";
  }

  private static String dimension(String id, Questionnaire questionnaire) {
    return questionnaire.dimension(id).map(Dimension::label).orElse(id);
  }

  private static String questions(List<String> ids, Questionnaire questionnaire, Locale locale) {
    if (ids.isEmpty()) {
      return Text.of("change.theQuestionsItReads").in(locale);
    }
    return String.join(
        Text.of("change.listSeparator").in(locale),
        ids.stream().map(id -> "“" + questionnaire.question(id).map(Question::prompt).orElse(id) + "”").toList());
  }

  private static String outcome(Object outcome, Locale locale) {
    return Text.of("outcome." + outcome).in(locale);
  }
}
