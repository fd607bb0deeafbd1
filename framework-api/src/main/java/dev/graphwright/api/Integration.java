package dev.graphwright.api;

import dev.graphwright.api.config.ConfigField;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * An integration: a source of graph data, loaded by the host as a PF4J extension.
 *
 * <p>Instances are created once per plugin by the host's injector, so an implementation may
 * {@code @Inject} host services such as {@link HostServices}. Everything that depends on a run
 * (config, credentials, clients) is created per run through {@link StepContext#runResource}.
 */
public interface Integration extends ExtensionPoint {

  /** The id users type on the command line, e.g. {@code qualys}; lower case, no spaces. */
  String id();

  /** A human name, e.g. {@code Qualys}. */
  String displayName();

  /** One paragraph on what the integration ingests. */
  String description();

  /** The config fields, in the order they are documented. */
  List<ConfigField> configFields();

  /** The steps; the host validates their dependency graph before anything runs. */
  List<Step> steps();

  /**
   * Checks that the configured account can be used (URL, credentials, limits) without ingesting
   * anything.
   *
   * @return lines describing what was checked, for the {@code validate} command
   * @throws dev.graphwright.api.error.IntegrationException with {@code fatal()} when the run must
   *     not start; the message says what to fix
   */
  List<String> validateInvocation(InvocationContext context);
}
