package org.candor.workshop;

/** A workshop is open for joining and answering until its facilitator ends it. */
public enum WorkshopStatus {
  OPEN,
  ENDED
}
