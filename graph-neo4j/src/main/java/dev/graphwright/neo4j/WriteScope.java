package dev.graphwright.neo4j;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whose objects a writer writes: every node and relationship carries the integration instance
 * that owns it and the run that last wrote it.
 *
 * @param instanceId the instance written to
 * @param runId the run writing
 * @param standsInFor for a preview's scratch instance, the instance it stands in for: the mapper
 *     never links to that instance's nodes (the scratch holds their would-be versions); else null
 */
public record WriteScope(
    String instanceId, String runId, @Nullable String standsInFor) {

  public WriteScope {
    Objects.requireNonNull(instanceId, "instanceId == null");
    Objects.requireNonNull(runId, "runId == null");
  }

  public WriteScope(String instanceId, String runId) {
    this(instanceId, runId, null);
  }
}
