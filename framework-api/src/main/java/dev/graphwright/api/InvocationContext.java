package dev.graphwright.api;

import dev.graphwright.api.config.IntegrationConfig;
import org.slf4j.Logger;

/** What {@link Integration#validateInvocation} gets: the validated config and a logger. */
public interface InvocationContext {

  IntegrationConfig config();

  Logger logger();

  /** Counters such as {@code requests}, reported in the run record. */
  RunMetrics metrics();
}
