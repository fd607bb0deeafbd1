package dev.graphwright.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin guide's flow, as a stranger follows it, in an empty directory outside the checkout:
 * generate a plugin from the archetype, build and test it offline (its test runs on Neo4j
 * Harness through the test kit), drop its jar into a plugins directory, list it and run it.
 * Every command run here is also checked to appear in the guide word for word.
 */
class ArchetypeFlowTest {

  private static final Path ROOT = Path.of(System.getProperty("graphwright.root"));
  private static final String VERSION = System.getProperty("graphwright.version");
  private static final Path GUIDE = ROOT.resolve("docs/writing-a-plugin.md");

  @TempDir
  Path work;

  @Test
  void aGeneratedPluginBuildsOfflineIsListedAndRuns() throws Exception {
    var generate = "mvn archetype:generate -B -DarchetypeGroupId=dev.graphwright"
        + " -DarchetypeArtifactId=graphwright-plugin-archetype -DarchetypeVersion=" + VERSION
        + " -DgroupId=com.acme -DartifactId=acme-plugin -Dpackage=com.acme.graph";
    var guide = Files.readString(GUIDE).replace("\\\n    ", "");
    for (var command : List.of(
        "bin/install-sdk", generate, "mvn -o verify", "bin/host-app --plugins-dir", "run acme")) {
      assertTrue(guide.contains(command), "the guide shows: " + command);
    }

    run(work, generate);
    var project = work.resolve("acme-plugin");
    assertTrue(Files.exists(project.resolve("src/main/java/com/acme/graph/AcmeIntegration.java")));

    var verify = run(project, "mvn -o verify");
    assertTrue(verify.contains("Tests run: 3, Failures: 0, Errors: 0"), verify);

    var plugins = Files.createDirectories(work.resolve("plugins"));
    Files.copy(
        project.resolve("target/acme-plugin-1.0-SNAPSHOT.jar"),
        plugins.resolve("acme-plugin-1.0-SNAPSHOT.jar"));
    var hostApp = ROOT.resolve("bin/host-app") + " --plugins-dir " + plugins + " --data-dir "
        + work.resolve("data");
    var listing = run(work, hostApp + " plugins");
    assertTrue(listing.contains("acme — Acme (plugin acme 1.0-SNAPSHOT)"), listing);
    assertTrue(listing.contains("entity       acme_item [Resource]"), listing);

    var ran = run(work, hostApp + " run acme");
    assertTrue(ran.contains("SUCCESS"), ran);
    var count =
        run(work, hostApp + " query --format csv 'MATCH (n:acme_item) RETURN count(n) AS n'");
    assertEquals("25", count.strip().lines().reduce((a, b) -> b).orElseThrow(), count);
  }

  /** Runs a command line in a shell with this JVM's JDK; fails on a non-zero exit. */
  private static String run(Path dir, String command) throws IOException, InterruptedException {
    var shell = new ArrayList<String>(List.of("bash", "-c", command.replace("mvn ", mvn() + " ")));
    var process = new ProcessBuilder(shell).directory(dir.toFile()).redirectErrorStream(true);
    process.environment().put("JAVA_HOME", System.getProperty("java.home"));
    process.environment().put("MAVEN_OPTS", "--sun-misc-unsafe-memory-access=allow");
    process.environment().put("HOST_APP_NO_CDS", "1");
    var output = dir.resolve("command-" + System.nanoTime() + ".log");
    process.redirectOutput(output.toFile());
    var started = process.start();
    if (!started.waitFor(15, TimeUnit.MINUTES)) {
      started.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    var text = Files.readString(output);
    assertEquals(0, started.exitValue(), command + "\n" + text);
    return text;
  }

  private static String mvn() {
    var home = System.getProperty("maven.home");
    return home == null || home.isBlank() ? "mvn" : home + "/bin/mvn -B";
  }
}
