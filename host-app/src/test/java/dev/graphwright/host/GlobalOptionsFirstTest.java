package dev.graphwright.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlobalOptionsFirstTest {

  @Test
  void globalOptionsBeforeTheCommandMoveAfterIt() {
    assertEquals(
        List.of("query", "--data-dir", "d", "--debug", "MATCH (n) RETURN n"),
        Main.commandFirst(List.of("--data-dir", "d", "--debug", "query", "MATCH (n) RETURN n")));
  }

  @Test
  void argumentsInTheUsualOrderAreLeftAlone() {
    var usual = List.of("query", "--data-dir", "d", "MATCH (n) RETURN n");
    assertEquals(usual, Main.commandFirst(usual));
    assertEquals(List.of("--help"), Main.commandFirst(List.of("--help")));
    assertEquals(List.of("--data-dir", "d"), Main.commandFirst(List.of("--data-dir", "d")),
        "no command: left for the usage error");
  }
}
