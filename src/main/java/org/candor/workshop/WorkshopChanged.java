package org.candor.workshop;

/** Fired when something the room or the presenter sees has changed; observed after the commit. */
public record WorkshopChanged(long workshopId) {}
