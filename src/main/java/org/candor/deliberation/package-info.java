/**
 * Round 2 of an assessment: the team discusses each question in a thread, the lead settles consensus
 * answers with a rationale, members record dissent, and the team works through the conditions of
 * the recommendation the consensus leads to.
 */
package org.candor.deliberation;
