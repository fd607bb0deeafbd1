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

/** The repository's data-model document is what the plugin's declarations generate. */
class DataModelDocumentTest {

  private static final Path COMMITTED = Path.of("..", "docs", "qualys-data-model.md");

  @Test
  void theCommittedQualysDataModelMatchesTheDeclarations(@TempDir Path dir) throws IOException {
    var plugins = TestPlugins.qualysOnly(dir.resolve("plugins"));
    var services =
        new HostServices(Clock.systemUTC(), dir, "test", Duration.ofSeconds(1), Duration.ofSeconds(1));
    var injector = Guice.createInjector(b -> b.bind(HostServices.class).toInstance(services));
    try (var loader = new PluginLoader(plugins, injector)) {
      var generated = DataModelDocument.markdown(loader.load().find("qualys").integration());
      assertEquals(
          generated,
          Files.readString(COMMITTED),
          "docs/qualys-data-model.md is out of date: run"
              + " 'bin/host-app docs qualys --output docs/qualys-data-model.md'");
    }
  }
}
