/**
 * The record of an assessment a review board files: one report, rendered as PDF and as JSON,
 * for participants only.
 */
package org.candor.report;
