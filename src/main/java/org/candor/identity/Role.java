package org.candor.identity;

/** Application-wide roles. LEAD and MEMBER are per team, see {@code organisation.TeamRole}. */
public enum Role {
  ADMIN,
  DEPARTMENT_HEAD,
  FACILITATOR
}
