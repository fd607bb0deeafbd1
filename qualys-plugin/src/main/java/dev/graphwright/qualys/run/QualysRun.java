package dev.graphwright.qualys.run;

import dev.graphwright.api.StepContext;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.portal.PortalVersion;
import dev.graphwright.qualys.client.vm.HostScope;
import org.jspecify.annotations.Nullable;

/**
 * What the steps of one run share: the API client (one per run, so its limit state is shared),
 * the config, and the portal versions (fetched once, used by two steps). Windows are per step
 * ({@link #windows(StepContext)}): a step switched back on starts from the configured lookback.
 */
public final class QualysRun implements AutoCloseable {

  private final QualysClient client;
  private final QualysConfig config;
  private final String apiUrl;
  private @Nullable PortalVersion portalVersion;
  private HostScopes.@Nullable Resolved hostScope;

  private QualysRun(QualysClient client, QualysConfig config) {
    this.client = client;
    this.config = config;
    this.apiUrl = config.apiUrl().value();
  }

  /** The run's shared state, created on first use. */
  public static QualysRun of(StepContext context) {
    return context.runResource(QualysRun.class, QualysRun::open);
  }

  private static QualysRun open(StepContext.RunResources resources) {
    var config = new QualysConfig(resources.config());
    var client = QualysClient.create(
        config.clientConfig("graphwright-qualys"), resources.metrics(), resources.rawArchive());
    return new QualysRun(client, config);
  }

  public QualysClient client() {
    return client;
  }

  public QualysConfig config() {
    return config;
  }

  /** The incremental windows of this step: from its own last successful run. */
  public Windows windows(StepContext context) {
    return Windows.of(context.execution(), config);
  }

  /** The API base URL, e.g. {@code https://qualysapi.qg3.apps.qualys.com}. */
  public String apiUrl() {
    return apiUrl;
  }

  /**
   * The hosts this run covers, resolved on first use (asset group titles become ids); throws {@link
   * dev.graphwright.api.error.ConfigException} naming asset groups that do not exist. Tags were
   * checked by the invocation check before the run.
   */
  public HostScope hostScope() {
    return resolvedHostScope().scope();
  }

  private synchronized HostScopes.Resolved resolvedHostScope() {
    if (hostScope == null) {
      hostScope = HostScopes.forRun(client, config);
    }
    return hostScope;
  }

  /** The host scope in words, for logs. */
  public String describeHostScope() {
    return resolvedHostScope().description();
  }

  /** The portal versions, fetched on first use. */
  public synchronized PortalVersion portalVersion() {
    if (portalVersion == null) {
      portalVersion = client.portalVersion();
    }
    return portalVersion;
  }

  @Override
  public void close() {
    client.close();
  }
}
