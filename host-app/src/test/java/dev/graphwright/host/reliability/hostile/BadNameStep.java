package dev.graphwright.host.reliability.hostile;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.Entity;
import dev.graphwright.api.graph.Relationship;
import java.util.function.Supplier;

/**
 * Builds one graph object with a hostile name and, should the SPI accept it, writes it. The SPI
 * must throw while building it, which fails this step with a message naming the value.
 */
final class BadNameStep implements Step {

  private final String id;
  private final Supplier<Object> hostile;

  BadNameStep(String id, Supplier<Object> hostile) {
    this.id = id;
    this.hostile = hostile;
  }

  @Override
  public StepSpec spec() {
    return StepSpec.builder(id, "Hand the SPI a hostile name: " + id).build();
  }

  @Override
  public void execute(StepContext context) {
    var built = hostile.get();
    switch (built) {
      case Entity entity -> context.jobState().addEntity(entity);
      case Relationship relationship -> context.jobState().addRelationship(relationship);
      default -> {}
    }
    throw new IllegalStateException("the SPI accepted a hostile name: " + built);
  }
}
