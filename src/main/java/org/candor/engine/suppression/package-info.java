/**
 * Small-group suppression for department insights: no figure a department head sees, fetches or
 * exports is computed from fewer than k respondents (k per department, never below
 * {@link org.candor.engine.suppression.Suppression#MINIMUM_THRESHOLD}), and no difference between
 * two released figures isolates such a group.
 *
 * <h2>Respondents</h2>
 * A respondent of a figure is a distinct account whose own answers feed it. For figures about
 * assessments (outcomes, red-line hits, score distributions, open escalations, re-reviews,
 * unmet conditions) these are the members who submitted round-1 answers in the assessments
 * counted, because the consensus the outcome comes from was deliberated from their answers. For
 * figures about a question (how often it was answered with a concerning option) they are the
 * accounts with an answer to that question in the assessments counted. Counts are distinct
 * accounts, computed in the database, never sums over cells (one person answers many times).
 *
 * <h2>What can be chosen</h2>
 * One department (all its teams, no team subsets: a subset's complement within the department
 * would often be one small team), one questionnaire (never "all questionnaires", so one cannot
 * be subtracted from all), and a period made of whole quarters. A quarter is the smallest period:
 * every period figure is built from quarter figures ({@link
 * org.candor.engine.suppression.Suppression#combine}).
 *
 * <h2>The rules</h2>
 * <ol>
 *   <li><b>Primary.</b> A figure is safe when no one, or at least k respondents, feed it.</li>
 *   <li><b>Complementary, within a row.</b> Each table row of one quarter has cells that
 *       partition its total (outcomes of the quarter's assessments, score bands of one dimension,
 *       concerning / other answers to one question), and the total is released when it is safe.
 *       When a cell is unsafe, it is withheld together with the smallest safe non-empty cell of
 *       the row. The total minus the shown cells is then the sum of the withheld cells, and that
 *       group contains the safe cell's at least k respondents (a union is never smaller than its
 *       parts). Without a safe non-empty cell, or when the total itself is unsafe, every cell is
 *       withheld — zeros beside a small total would say where its few records are. (What the
 *       choice of complement says — that it is the smallest safe cell — bounds it, it does not
 *       reveal the withheld small group.)</li>
 *   <li><b>Secondary, across periods.</b> A period's cell (or total) is the sum of that cell in
 *       each of its quarters, released only if it is released in every one of them. Every released
 *       figure is therefore a released quarter figure or a sum of them, and the difference of two
 *       released figures (period A+B minus A, a total minus its cells, one period minus another)
 *       is a sum of released quarter figures: the records it isolates are the union of safe
 *       groups, and a union of groups of at least k accounts has at least k accounts.</li>
 *   <li><b>Derived figures</b> (e.g. red-line hits, the outcome NO-GO whether by a red line or a
 *       threshold rule) are sums of released cells of one row, withheld if any part is
 *       ({@link org.candor.engine.suppression.ReleasedRow#sumOf}); the outcome columns are split
 *       by red line so that red-line hits are cells of the outcome table, not a second table
 *       that could be subtracted from it.</li>
 * </ol>
 * Figures about the present (open escalations by age, re-reviews due, unmet conditions) are one
 * row each, under the same rules; they do not depend on the period, so they cannot be compared
 * across periods. Free-text answers never enter any figure.
 *
 * <p>What this does not claim: protection against an attacker combining many released figures of
 * different tables with outside knowledge (e.g. knowing that exactly one assessment finished in a
 * quarter). The threshold bounds what any single figure or pairwise difference says about fewer
 * than k people; property tests ({@code SuppressionPropertiesTest}) check exactly that over random
 * data.
 */
package org.candor.engine.suppression;
