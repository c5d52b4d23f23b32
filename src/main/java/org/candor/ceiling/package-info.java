/**
 * The ceiling endpoint of the load tests: the cheapest authenticated write this server can do
 * (one row, one transaction), so that each load scenario's throughput can be reported as a ratio
 * to the platform's own limit on the same machine in the same run. It exists only when
 * {@code CANDOR_CEILING_ENDPOINT=true}; otherwise every request to it is a 404.
 */
package org.candor.ceiling;
