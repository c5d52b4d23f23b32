/**
 * Departments and their teams. Team leads run assessments for their team; department heads see
 * their department's aggregates only.
 */
package org.candor.organisation;
