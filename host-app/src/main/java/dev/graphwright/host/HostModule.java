package dev.graphwright.host;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.graphwright.api.HostServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** The host's bindings: the services plugins may inject, and the host's own options. */
final class HostModule extends AbstractModule {

  private final HostOptions options;
  private final Clock clock;

  HostModule(HostOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
  }

  @Override
  protected void configure() {
    bind(HostOptions.class).toInstance(options);
    bind(Clock.class).toInstance(clock);
  }

  @Provides
  @Singleton
  HostServices hostServices() {
    return new HostServices(
        clock,
        options.dataDir().resolve("work"),
        "graphwright/" + Version.current(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(180));
  }

  @Provides
  @Singleton
  Path dataDir() {
    return options.dataDir();
  }
}
