package dev.graphwright.host.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Guice;
import dev.graphwright.api.HostServices;
import dev.graphwright.host.TestPlugins;
import dev.graphwright.host.plugin.PluginLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's data-model documents are what the plugins' declarations generate. */
class DataModelDocumentTest {

  @Test
  void theCommittedQualysDataModelMatchesTheDeclarations(@TempDir Path dir) throws IOException {
    check(dir, TestPlugins.QUALYS, "qualys");
  }

  @Test
  void theCommittedAwsDataModelMatchesTheDeclarations(@TempDir Path dir) throws IOException {
    check(dir, TestPlugins.AWS, "aws");
  }

  private static void check(Path dir, Path jar, String id) throws IOException {
    var committed = Path.of("..", "docs", id + "-data-model.md");
    var plugins = TestPlugins.holding(dir.resolve("plugins"), jar);
    var services = new HostServices(
        Clock.systemUTC(), dir, "test", Duration.ofSeconds(1), Duration.ofSeconds(1));
    var injector = Guice.createInjector(b -> b.bind(HostServices.class).toInstance(services));
    try (var loader = new PluginLoader(plugins, injector)) {
      var generated = DataModelDocument.markdown(loader.load().find(id).integration());
      assertEquals(
          generated,
          Files.exists(committed) ? Files.readString(committed) : "",
          "docs/" + id + "-data-model.md is out of date: run" + " 'bin/host-app docs " + id
              + " --output docs/" + id + "-data-model.md'");
    }
  }
}
