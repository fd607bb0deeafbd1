package dev.graphwright.qualys.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QdsFactorsTest {

  @Test
  void factorNamesBecomeCamelCasePropertiesAndValuesAreTyped() {
    var factors = new LinkedHashMap<String, String>();
    factors.put("CVSS", "9.8");
    factors.put("CVSS_version", "v3.x");
    factors.put("exploit_maturity", "weaponized");
    factors.put("RTI", "Exploit_Public, Active_Attacks,");
    factors.put("trending", "12");
    factors.put("huge", "123456789012345678901234567890");
    factors.put("---", "dropped: no letter or digit in the name");
    assertEquals(
        Map.of(
            "qdsCvss",
            9.8,
            "qdsCvssVersion",
            "v3.x",
            "qdsExploitMaturity",
            "weaponized",
            "qdsRti",
            List.of("Exploit_Public", "Active_Attacks"),
            "qdsTrending",
            12L,
            "qdsHuge",
            "123456789012345678901234567890"),
        QdsFactors.properties(factors));
  }

  @Test
  void aNameWithoutLettersHasNoProperty() {
    assertNull(QdsFactors.propertyName(" _-"));
    assertEquals("qdsMitigationControls", QdsFactors.propertyName("mitigation_controls"));
  }
}
