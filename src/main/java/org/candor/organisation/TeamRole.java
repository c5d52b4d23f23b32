package org.candor.organisation;

/** A person's role in one team. */
public enum TeamRole {
  LEAD,
  MEMBER
}
