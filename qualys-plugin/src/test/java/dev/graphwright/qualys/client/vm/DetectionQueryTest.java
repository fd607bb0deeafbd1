package dev.graphwright.qualys.client.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DetectionQueryTest {

  @Test
  void asksForTheDetectionScoreAndItsFactorsUnlessSwitchedOff() {
    var params = DetectionQuery.defaults().toParams();
    assertEquals("1", params.get("show_qds"));
    assertEquals("1", params.get("show_qds_factors"));

    var without =
        DetectionQuery.defaults().withQds(false).filtered(java.util.Set.of(5), java.util.Set.of());
    assertFalse(without.toParams().containsKey("show_qds"));
    assertFalse(without.toParams().containsKey("show_qds_factors"));
    assertFalse(
        without.including(true, true).withIgnored(true).toParams().containsKey("show_qds"),
        "every other setter keeps the choice");
  }
}
