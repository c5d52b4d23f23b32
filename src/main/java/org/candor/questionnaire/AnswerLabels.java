package org.candor.questionnaire;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.candor.engine.Option;
import org.candor.engine.Question;
import org.candor.platform.Text;

/**
 * An answer as people read it, in their language: option labels instead of stored values, units
 * after numbers.
 */
public final class AnswerLabels {

  private static final Set<String> YES_NO = Set.of("yes", "no", "unsure");

  private AnswerLabels() {}

  /** @param question the question in the reader's language */
  public static String describe(Question question, Object value, Locale locale) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(item -> describe(question, item, locale)).collect(Collectors.joining("; "));
    }
    String text = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
        ? String.valueOf(n.longValue()) : String.valueOf(value);
    return switch (question.type()) {
      case SINGLE, MULTI -> question.options().stream()
          .filter(o -> o.value().equals(text)).map(Option::label).findFirst().orElse(text);
      case NUMBER -> question.number().unit() == null ? text : text + " " + question.number().unit();
      case SCALE -> text + " / " + question.scale().max();
      case YESNO -> YES_NO.contains(text) ? Text.of("answer." + text).in(locale) : text;
      default -> text;
    };
  }
}
