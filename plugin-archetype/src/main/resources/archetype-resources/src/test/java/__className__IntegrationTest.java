package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.graphwright.test.Conformance;
import dev.graphwright.test.IntegrationTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The integration, run for real on Neo4j (started by the test kit with Neo4j Harness). */
class ${className}IntegrationTest {

  @Test
  void conforms() {
    // Runs the integration several times: declared types, keys, a second identical run, and a
    // failed step that must delete nothing.
    Conformance.of(IntegrationTester.of(${className}Integration.class)).check().assertConforms();
  }

  @Test
  void writesEveryItemAndLinksItToItsHost() {
    var tester = IntegrationTester.of(${className}Integration.class).config("${integrationId.toUpperCase()}_ITEM_COUNT", "42");
    var run = tester.run().assertSucceeded();

    assertEquals(42, run.entities(FetchItemsStep.ITEM.type()));
    assertEquals(42, run.itemsOf(FetchItemsStep.ID));
    assertEquals(42, run.mapping(FetchItemsStep.HOST_HAS_ITEM.type()).mappings());
    tester.graph()
        .mapped(FetchItemsStep.HOST_HAS_ITEM.type(), "${integrationId}-item:7")
        .resolvesToPlaceholder("${integrationId}-host:203.0.113.7", Map.of("publicIpAddress", "203.0.113.7"));
  }

  @Test
  void itemsThatDisappearAreDeleted() {
    var tester = IntegrationTester.of(${className}Integration.class).config("${integrationId.toUpperCase()}_ITEM_COUNT", "30");
    tester.run().assertSucceeded();
    var run = tester.config("${integrationId.toUpperCase()}_ITEM_COUNT", "20").run().assertSucceeded();
    assertEquals(10, run.deleted(FetchItemsStep.ITEM.type()));
    assertEquals(20, tester.graph().entities(FetchItemsStep.ITEM.type()));
  }
}
