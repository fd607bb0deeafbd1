package dev.graphwright.qualys;

import dev.graphwright.api.StepContext;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.portal.PortalVersion;

/**
 * What the steps of one run share: the API client (one per run, so its limit state is shared),
 * the config, the windows, and the portal versions (fetched once, used by two steps).
 */
public final class QualysRun implements AutoCloseable {

  private final QualysClient client;
  private final QualysConfig config;
  private final Windows windows;
  private final String apiUrl;
  private PortalVersion portalVersion;

  private QualysRun(QualysClient client, QualysConfig config, Windows windows) {
    this.client = client;
    this.config = config;
    this.windows = windows;
    this.apiUrl = config.apiUrl().value();
  }

  /** The run's shared state, created on first use. */
  public static QualysRun of(StepContext context) {
    return context.runResource(QualysRun.class, QualysRun::open);
  }

  private static QualysRun open(StepContext.RunResources resources) {
    var config = new QualysConfig(resources.config());
    var client =
        QualysClient.create(
            config.clientConfig("graphwright-qualys"), resources.metrics(), resources.rawArchive());
    return new QualysRun(client, config, Windows.of(resources.execution(), config));
  }

  public QualysClient client() {
    return client;
  }

  public QualysConfig config() {
    return config;
  }

  public Windows windows() {
    return windows;
  }

  /** The API base URL, e.g. {@code https://qualysapi.qg3.apps.qualys.com}. */
  public String apiUrl() {
    return apiUrl;
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
