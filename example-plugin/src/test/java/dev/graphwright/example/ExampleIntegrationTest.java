package dev.graphwright.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.graphwright.test.Conformance;
import dev.graphwright.test.IntegrationTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example integration, run for real on Neo4j through the plugin test kit. */
class ExampleIntegrationTest {

  @Test
  void conforms() {
    Conformance.of(IntegrationTester.of(ExampleIntegration.class).config("EXAMPLE_COUNT", "200"))
        .check()
        .assertConforms();
  }

  @Test
  void writesGroupsItemsAndMapsEachItemToAHostPlaceholder() {
    var tester = IntegrationTester.of(ExampleIntegration.class).config("EXAMPLE_COUNT", "120");
    var run = tester.run().assertSucceeded().assertNoUndeclaredTypes();
    assertEquals(10, run.entities(GenerateGroupsStep.GROUP.type()));
    assertEquals(120, run.entities(GenerateItemsStep.ITEM.type()));
    assertEquals(120, run.relationships(GenerateItemsStep.GROUP_HAS_ITEM.type()));
    assertEquals(120, run.itemsOf(GenerateItemsStep.ID));
    var mapping = run.mapping(GenerateItemsStep.HOST_HAS_ITEM.type());
    assertEquals(120, mapping.mappings());
    assertEquals(
        50,
        tester
            .graph()
            .count(
                "MATCH (p:Placeholder:Host:example_host {_instanceId: $instance}) RETURN count(p)"));
    tester
        .graph()
        .mapped(GenerateItemsStep.HOST_HAS_ITEM.type(), "example-item:57")
        .resolvesToPlaceholder(
            "example-host:7", Map.of("ipAddress", "10.0.0.7", "hostname", "host-7"));
  }

  @Test
  void itemsThatDisappearAreDeletedOnlyWhenTheirStepSucceeded() {
    var tester = IntegrationTester.of(ExampleIntegration.class).config("EXAMPLE_COUNT", "100");
    tester.run().assertSucceeded();

    tester.config("EXAMPLE_GENERATION", "3").config("EXAMPLE_FAIL_STEP", GenerateItemsStep.ID);
    var failed = tester.run();
    assertEquals(1, failed.exitCode());
    assertEquals(
        100,
        tester.graph().entities(GenerateItemsStep.ITEM.type()),
        "a failed step deletes nothing");

    var run = tester.unset("EXAMPLE_FAIL_STEP").run().assertSucceeded();
    assertEquals(30, run.deleted(GenerateItemsStep.ITEM.type()));
    assertEquals(70, tester.graph().entities(GenerateItemsStep.ITEM.type()));
  }

  @Test
  void theDeletionGuardKeepsItemsWhenMostWouldGo() {
    var tester = IntegrationTester.of(ExampleIntegration.class).config("EXAMPLE_COUNT", "1000");
    tester.run().assertSucceeded();

    var narrowed = tester.config("EXAMPLE_COUNT", "100").run();
    assertEquals(1, narrowed.exitCode());
    assertEquals(
        List.of("example_group_has_item", "example_host_has_item", "example_item"),
        narrowed.deletionRefusedTypes());
    var items = narrowed.record().deletionRefused().stream()
        .filter(r -> r.type().equals(GenerateItemsStep.ITEM.type()))
        .findFirst()
        .orElseThrow();
    assertEquals(900, items.wouldDelete());
    assertEquals(1000, items.existing());
    assertEquals(1000, tester.graph().entities(GenerateItemsStep.ITEM.type()), "nothing deleted");

    var empty = tester.config("EXAMPLE_COUNT", "0").run();
    assertEquals(1, empty.exitCode(), "a sudden empty answer deletes nothing either");
    assertEquals(1000, tester.graph().entities(GenerateItemsStep.ITEM.type()));

    var allowed = tester.config("EXAMPLE_COUNT", "100").maxDeleteShare(1).run().assertSucceeded();
    assertEquals(900, allowed.deleted(GenerateItemsStep.ITEM.type()));
    assertEquals(100, tester.graph().entities(GenerateItemsStep.ITEM.type()));
  }

  @Test
  void oneStepRunsWithTheStepsItDependsOn() {
    var tester = IntegrationTester.of(ExampleIntegration.class).config("EXAMPLE_COUNT", "5");
    var run = tester.runStep(GenerateItemsStep.ID).assertSucceeded();
    assertEquals("SUCCESS", run.stepStatus(GenerateGroupsStep.ID));
    assertEquals(5, tester.graph().entities(GenerateItemsStep.ITEM.type()));
  }
}
