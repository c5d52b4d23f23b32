/**
 * What every feature stands on: the database (one WAR, embedded H2 or PostgreSQL chosen by
 * configuration), schema migrations at startup, the REST application and its RFC 9457 error
 * responses.
 */
package org.candor.platform;
