/**
 * Gatling load scenarios, run by {@code deploy/load/load.sh} against a server it starts (see the
 * README's "Performance"). Each simulation prepares its data through the API in {@code before()}
 * with the integration tests' helpers, then measures only what users do.
 */
package org.candor.load;
