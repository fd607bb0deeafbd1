package dev.graphwright.api;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Services the host offers every plugin by injection.
 *
 * @param clock the clock to use for windows and timestamps (tests fix it)
 * @param workDir a directory the plugin may use for scratch files; shared by all plugins
 * @param userAgent the User-Agent plugins should send
 * @param connectTimeout default TCP connect timeout for outgoing HTTP
 * @param readTimeout default idle read timeout for outgoing HTTP
 */
public record HostServices(
    Clock clock, Path workDir, String userAgent, Duration connectTimeout, Duration readTimeout) {}
