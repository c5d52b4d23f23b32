/**
 * The questionnaires Candor offers: loaded at startup from the WAR's bundled {@code surveys/} and
 * an institution's own folder, stored as immutable versions, served over the API and evaluated by
 * the engine in {@code org.candor.engine}.
 */
package org.candor.questionnaire;
