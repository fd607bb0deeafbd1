package dev.graphwright.host.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code <data-dir>/serve.properties}: the Bolt URI and process id of a running {@code serve}. A
 * marker whose process is gone is ignored (it was killed).
 */
final class ServeMarker {

  static final String FILE = "serve.properties";

  private ServeMarker() {}

  static void write(Path dataDir, URI boltUri) {
    var properties = new Properties();
    properties.setProperty("boltUri", boltUri.toString());
    properties.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    try (var out = Files.newBufferedWriter(dataDir.resolve(FILE))) {
      properties.store(out, "written by host-app serve; removed when it stops");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Optional<URI> read(Path dataDir) {
    var file = dataDir.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    var properties = new Properties();
    try (var in = Files.newBufferedReader(file)) {
      properties.load(in);
    } catch (IOException e) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(properties.getProperty("pid", "-1"));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (pid == ProcessHandle.current().pid()
        || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return Optional.empty();
    }
    return Optional.of(URI.create(properties.getProperty("boltUri")));
  }
}
