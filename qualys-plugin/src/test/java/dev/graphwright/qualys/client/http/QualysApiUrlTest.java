package dev.graphwright.qualys.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.api.error.ConfigException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QualysApiUrlTest {

  @ParameterizedTest
  @CsvSource({
    "https://qualysapi.qg3.apps.qualys.com/, https://qualysapi.qg3.apps.qualys.com",
    "' https://qualysapi.qualys.eu// ', https://qualysapi.qualys.eu",
    "https://QualysAPI.qg1.apps.qualysksa.com, https://qualysapi.qg1.apps.qualysksa.com",
    "http://localhost:8080/, http://localhost:8080",
    "http://127.0.0.1:43123, http://127.0.0.1:43123",
    "https://localhost:9443, https://localhost:9443"
  })
  void normalises(String configured, String expected) {
    assertEquals(expected, QualysApiUrl.parse(configured).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://qualysapi.qualys.com",
        "https://gateway.qg3.apps.qualys.com",
        "https://qualysguard.qg3.apps.qualys.com",
        "https://qualysapi.qualys.com/api/2.0",
        "qualysapi.qualys.com",
        "https://example.com",
        ""
      })
  void rejectsWithTheListOfPlatforms(String configured) {
    var error = assertThrows(ConfigException.class, () -> QualysApiUrl.parse(configured));
    assertTrue(error.getMessage().startsWith("apiUrl: invalid Qualys API URL"), error.getMessage());
    assertTrue(error.getMessage().contains("https://qualysapi.qg2.apps.qualys.com"));
    assertTrue(error.getMessage().contains("platform-identification"));
  }
}
