package org.candor.security;

/**
 * The kinds of caller the access matrix tries every operation and page with. The "other" ones
 * hold the same role as their namesake, for another team, department or workshop: the non-owners
 * of the fixture's objects.
 */
enum Caller {
  ANONYMOUS,
  PARTICIPANT,
  OTHER_TEAM_MEMBER,
  MEMBER,
  LEAD,
  FACILITATOR,
  OTHER_FACILITATOR,
  OTHER_HEAD,
  HEAD,
  ADMIN
}
