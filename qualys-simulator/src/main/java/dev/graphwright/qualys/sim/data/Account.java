package dev.graphwright.qualys.sim.data;

/**
 * The simulated Qualys subscription: factories that derive any host, detection, QID, web
 * application or finding from the {@link DataSpec} on demand. Creating it costs nothing.
 */
public final class Account {
  private final DataSpec spec;
  private final HostFactory hosts;
  private final KnowledgeBase kb;
  private final DetectionFactory detections;
  private final WebAppFactory webApps;
  private final ResultsText results;
  private final Churns churns;
  private final AssetGroups assetGroups;

  /** An account for this spec. */
  public Account(DataSpec spec) {
    this.spec = spec;
    this.churns = new Churns(spec.seed());
    this.hosts = new HostFactory(spec, churns);
    this.kb = new KnowledgeBase(spec);
    this.detections = new DetectionFactory(spec, kb, churns, hosts);
    this.webApps = new WebAppFactory(spec, kb);
    this.results = new ResultsText(spec.seed());
    this.assetGroups = new AssetGroups(spec.seed());
  }

  public DataSpec spec() {
    return spec;
  }

  public HostFactory hosts() {
    return hosts;
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  public DetectionFactory detections() {
    return detections;
  }

  public WebAppFactory webApps() {
    return webApps;
  }

  public ResultsText results() {
    return results;
  }

  public AssetGroups assetGroups() {
    return assetGroups;
  }

  /** The rescans since the account was generated. */
  public Churns churns() {
    return churns;
  }

  /**
   * Total detections of every type and status as generated (before any churn), computed in one
   * cheap pass over the hosts.
   */
  public long totalDetections() {
    long total = 0;
    for (int i = 0; i < hosts.count(); i++) {
      total += detections.count(i);
    }
    return total;
  }
}
