/** HTTP primitives the endpoints build on: the request, the reply, and its streamed XML body. */
package dev.graphwright.qualys.sim.http;
