package dev.graphwright.host.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.runtime.run.RunnerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line itself: parsing, global options, help, errors and completion. No graph opens. */
class CommandLineTest {

  private static final Path PLUGINS = Path.of("target/test-plugins").toAbsolutePath();

  @TempDir
  Path dir;

  private final HostAppRunner hostApp = new HostAppRunner(List.of());

  @Test
  void globalOptionsWorkBeforeAndAfterTheCommand() {
    var before = dir.resolve("before");
    var after = dir.resolve("after");
    var first = hostApp.run(
        "--data-dir", before.toString(), "--plugins-dir", PLUGINS.toString(), "plugins");
    var second = hostApp.run("plugins", "--data-dir=" + after, "--plugins-dir", PLUGINS.toString());
    assertEquals(0, first.exitCode(), first.toString());
    assertEquals(0, second.exitCode(), second.toString());
    assertTrue(first.out().contains("Plugins in " + PLUGINS), first.out());
    assertTrue(first.out().contains("example — Example"), first.out());
    assertTrue(Files.isDirectory(before), "--data-dir given before the command is used");
    assertTrue(Files.isDirectory(after), "--data-dir given after the command is used");
  }

  @Test
  void helpShowsTheRunnersOwnDefaultsAndTheGlobalOptionsApart() {
    var help = hostApp.run("run", "--help");
    assertEquals(0, help.exitCode(), help.toString());
    var defaults = RunnerSettings.defaults(dir);
    assertTrue(help.out().startsWith("usage: host-app run [OPTIONS] <integration>"), help.out());
    assertTrue(help.out().contains("(default: " + defaults.writer().batchSize() + ")"), help.out());
    assertTrue(help.out().contains("(default: " + defaults.stepParallelism() + ")"), help.out());
    assertTrue(help.out().contains("(default: " + defaults.maxDeleteShare() + ";"), help.out());
    int own = help.out().indexOf("--batch-size");
    int global = help.out().indexOf("global options:");
    assertTrue(own > 0 && global > own && help.out().indexOf("--data-dir") > global, help.out());
    assertTrue(help.out().contains("Exit codes: 0 every step succeeded"), help.out());
    var viaHelpCommand = hostApp.run("help", "run");
    assertEquals(help.out(), viaHelpCommand.out());
  }

  @Test
  void typosGetSuggestionsAndExitTwo() {
    var option = hostApp.run("run", "example", "--batch-sise", "5");
    assertEquals(2, option.exitCode(), option.toString());
    assertTrue(option.err().contains("'--batch-sise'"), option.err());
    assertTrue(option.err().contains("--batch-size"), "suggests the close match: " + option.err());
    var command = hostApp.run("rnu", "example");
    assertEquals(2, command.exitCode(), command.toString());
    assertTrue(
        command.err().contains("unknown command 'rnu'; the commands are run, validate"),
        command.err());
  }

  @Test
  void valuesAreCheckedBeforeAnythingOpens() {
    var data = dir.resolve("data");
    var size =
        hostApp.run("query", "RETURN 1", "--data-dir", data.toString(), "--page-cache", "lots");
    assertEquals(2, size.exitCode(), size.toString());
    assertTrue(size.err().contains("'lots' is not a size: use e.g. 256m or 1g"), size.err());
    var uri = hostApp.run("query", "RETURN 1", "--neo4j-uri", "http://localhost:7474");
    assertEquals(2, uri.exitCode(), uri.toString());
    assertTrue(uri.err().contains("bolt://host:port or neo4j://host:port"), uri.err());
    var number = hostApp.run("run", "example", "--batch-size", "many");
    assertEquals(2, number.exitCode(), number.toString());
    assertTrue(number.err().contains("'many' is not an int"), number.err());
    var format = hostApp.run("query", "RETURN 1", "--data-dir", data.toString(), "--format", "xml");
    assertEquals(2, format.exitCode(), format.toString());
    assertTrue(
        format
            .err()
            .contains("expected one of [TABLE, JSON, CSV] (case-insensitive) but was 'xml'"),
        format.err());
    var missing = hostApp.run("steps");
    assertEquals(2, missing.exitCode(), missing.toString());
    assertTrue(
        missing.err().contains("Missing required parameter: '<integration>'"), missing.err());
    assertFalse(Files.exists(data), "nothing was created for a bad command line");
  }

  @Test
  void noCommandPrintsUsageAndExitsTwo() {
    var none = hostApp.run();
    assertEquals(2, none.exitCode());
    assertTrue(none.err().contains("usage: host-app [OPTIONS] [COMMAND]"), none.err());
    var version = hostApp.run("--version");
    assertEquals(0, version.exitCode());
    assertTrue(version.out().startsWith("host-app "), version.out());
  }

  @Test
  void generatesAShellCompletionScript() {
    var completion = hostApp.run("generate-completion");
    assertEquals(0, completion.exitCode(), completion.toString());
    assertTrue(completion.out().contains("complete -F _complete_host-app"), completion.out());
    for (var word : List.of("run", "replay", "explain", "--batch-size", "--data-dir")) {
      assertTrue(completion.out().contains(word), word);
    }
  }
}
