package org.candor.engine;

/** An answer that its question does not accept; the message says why, for the person answering. */
public final class InvalidAnswerException extends RuntimeException {

  private final String questionId;

  public InvalidAnswerException(String questionId, String message) {
    super(message);
    this.questionId = questionId;
  }

  public String questionId() {
    return questionId;
  }
}
