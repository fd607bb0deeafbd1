/**
 * The simulator's server: the WireMock extension, the request pipeline that applies limits and
 * faults, the router to the endpoints, error responses and metrics.
 */
@NullMarked
package dev.graphwright.qualys.sim.server;

import org.jspecify.annotations.NullMarked;
