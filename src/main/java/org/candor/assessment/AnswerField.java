package org.candor.assessment;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.candor.engine.QuestionType;

/**
 * One question's input on the questionnaire page, holding what the member typed or chose as the
 * form gives it (text), turned into an answer value only when saved.
 */
public class AnswerField implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String questionId;
  private final QuestionType type;
  private String choice;
  private String[] choices = new String[0];
  private String text;
  private String error;
  private boolean saved;

  public AnswerField(String questionId, QuestionType type, Object value) {
    this.questionId = questionId;
    this.type = type;
    if (value instanceof Collection<?> items) {
      choices = items.stream().map(String::valueOf).toArray(String[]::new);
    } else if (value != null) {
      String given = value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
          ? String.valueOf(n.longValue()) : String.valueOf(value);
      if (type == QuestionType.TEXT || type == QuestionType.NUMBER) {
        text = given;
      } else {
        choice = given;
      }
    }
  }

  /**
   * The answer value to save: a String, a list of Strings or a number; {@code null} when the
   * member cleared it.
   *
   * @throws NumberFormatException when a number question holds something that is not a number
   */
  public Object value() {
    return switch (type) {
      case SINGLE, YESNO -> blankToNull(choice);
      case SCALE -> blankToNull(choice) == null ? null : Long.valueOf(choice);
      case MULTI -> choices.length == 0 ? null : List.of(choices);
      case TEXT -> blankToNull(text);
      case NUMBER -> blankToNull(text) == null ? null : number(text.trim());
    };
  }

  public boolean answered() {
    return switch (type) {
      case MULTI -> choices.length > 0;
      case TEXT, NUMBER -> blankToNull(text) != null;
      default -> blankToNull(choice) != null;
    };
  }

  private static Object number(String text) {
    String normalised = text.replace(',', '.');
    return normalised.matches("-?\\d{1,15}") ? (Object) Long.valueOf(normalised) : (Object) Double.valueOf(normalised);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public void failed(String message) {
    error = message;
    saved = false;
  }

  public void stored() {
    error = null;
    saved = true;
  }

  public String getQuestionId() { return questionId; }
  public String getType() { return type.name(); }
  public String getChoice() { return choice; }
  public void setChoice(String v) { choice = v; }
  public String[] getChoices() { return choices.clone(); }
  public void setChoices(String[] v) { choices = v == null ? new String[0] : v.clone(); }
  public String getText() { return text; }
  public void setText(String v) { text = v; }
  public String getError() { return error; }
  public boolean isSaved() { return saved; }

  @Override
  public String toString() {
    return questionId + "=" + (type == QuestionType.MULTI ? Arrays.toString(choices) : choice != null ? choice : text);
  }
}
