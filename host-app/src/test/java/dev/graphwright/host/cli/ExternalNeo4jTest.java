package dev.graphwright.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.host.TestPlugins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.harness.Neo4jBuilders;

/** With --neo4j-uri the same code writes to a Neo4j server (here the Neo4j test harness). */
class ExternalNeo4jTest {

  @TempDir
  Path dir;

  @Test
  void runsAgainstAServerGivenByUri() throws Exception {
    try (var server = Neo4jBuilders.newInProcessBuilder(dir.resolve("server"))
        .withDisabledServer()
        .build()) {
      var passwordFile = dir.resolve("password");
      Files.writeString(passwordFile, "unused-auth-is-off-in-the-harness");
      var hostApp = new HostAppRunner(List.of(
          "--plugins-dir", TestPlugins.exampleOnly(dir.resolve("plugins")).toString(),
          "--data-dir", dir.resolve("data").toString(),
          "--neo4j-uri", server.boltURI().toString(),
          "--neo4j-password-file", passwordFile.toString()));
      var run = hostApp.run(Map.of("EXAMPLE_COUNT", "300"), "run", "example", "--quiet");
      assertEquals(0, run.exitCode(), run.toString());
      assertTrue(run.err().contains("Neo4j at " + server.boltURI()), run.err());
      long items = server
          .defaultDatabaseService()
          .executeTransactionally("MATCH (n:example_item) RETURN count(n) AS n", Map.of(), r ->
              (Long) r.next().get("n"));
      assertEquals(300L, items);
      assertTrue(Files.notExists(dir.resolve("data/neo4j")), "no embedded database was created");
    }
  }
}
