package org.candor.identity;

import java.time.Duration;

/** What became of one attempt to log in with a username and password. */
public sealed interface LoginOutcome {

  record Accepted(Account account) implements LoginOutcome {}

  /** Wrong username or password, or a disabled account: deliberately indistinguishable. */
  record Rejected() implements LoginOutcome {}

  record Throttled(Duration retryAfter) implements LoginOutcome {}
}
