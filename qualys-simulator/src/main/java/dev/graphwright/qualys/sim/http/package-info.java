/** The WireMock integration: request pipeline, streamed bodies, metrics. */
package dev.graphwright.qualys.sim.http;
