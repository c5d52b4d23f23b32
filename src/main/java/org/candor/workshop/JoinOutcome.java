package org.candor.workshop;

import java.time.Duration;

/** What came of an attempt to join a workshop with a code. */
public sealed interface JoinOutcome {

  /** @param token the secret for the participant's cookie; only its hash is stored */
  record Joined(Participant participant, String token) implements JoinOutcome {}

  /** No open workshop has that code (or it was not a code at all). */
  record WrongCode() implements JoinOutcome {}

  /** Too many attempts from this client; try again after the given time. */
  record Throttled(Duration retryAfter) implements JoinOutcome {}
}
