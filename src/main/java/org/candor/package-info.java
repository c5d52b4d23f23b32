/**
 * Candor: research-ethics deliberation. The pure core is {@code org.candor.engine}; every other
 * package is a feature of the Jakarta EE shell around it.
 */
package org.candor;
