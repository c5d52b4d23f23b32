/**
 * How far a team's answers diverge, question by question, so that deliberation starts where the
 * team disagrees most. Plain Java: measures over answer values, no storage, no people.
 */
package org.candor.engine.divergence;
