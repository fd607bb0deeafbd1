package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.http.Reply;

/** One Qualys endpoint: turns a call into a reply whose body is streamed later. */
@FunctionalInterface
public interface Endpoint {
  Reply handle(CallContext ctx);
}
