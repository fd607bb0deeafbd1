package dev.graphwright.neo4j;

import java.util.Objects;

/**
 * Whose objects a writer writes: every node and relationship carries the integration instance
 * that owns it and the run that last wrote it.
 */
public record WriteScope(String instanceId, String runId) {

  public WriteScope {
    Objects.requireNonNull(instanceId, "instanceId == null");
    Objects.requireNonNull(runId, "runId == null");
  }
}
