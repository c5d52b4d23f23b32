/**
 * One project's run of one questionnaire by a team: who takes part, their saved answers and the
 * recommendation computed from them.
 */
package org.candor.assessment;
