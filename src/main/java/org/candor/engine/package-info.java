/**
 * Candor's questionnaire engine: the pure core that loads and validates definition files
 * (questionnaires, reusable sections, cases), checks answers and turns them into an explained
 * {@link org.candor.engine.Recommendation}.
 *
 * <p>Entry points: {@link org.candor.engine.QuestionnaireLoader} (files to a {@link
 * org.candor.engine.Catalog}, every problem with file, line and column) and {@link
 * org.candor.engine.Engine} (answers to a recommendation). Plain Java: no Jakarta imports, so it
 * is tested in milliseconds and the shell depends on it, never the reverse.
 */
package org.candor.engine;
