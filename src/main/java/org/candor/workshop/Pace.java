package org.candor.workshop;

/** How a workshop moves through the questions. */
public enum Pace {
  /** The facilitator's presenter view moves the room question by question. */
  FACILITATOR_LED,
  /** Everyone answers at their own speed. */
  SELF_PACED
}
