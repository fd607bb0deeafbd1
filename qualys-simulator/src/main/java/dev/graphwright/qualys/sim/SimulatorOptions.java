package dev.graphwright.qualys.sim;

import dev.graphwright.qualys.sim.data.KnownEc2Instance;
import dev.graphwright.qualys.sim.faults.FaultSpec;
import java.time.Instant;
import java.util.List;

/**
 * Configuration of a simulator: the account to generate, the limits, latency, faults and user.
 * Build with {@link #builder()}; {@link SimulatorCommand} parses them from a command line.
 *
 * @param port 0 picks a free port
 * @param now anchor of all generated dates; null means the start time truncated to the minute
 * @param concurrencyLimit simultaneous calls per limited API; 0 disables the control
 * @param rateLimit calls per window per limited API; 0 disables the control
 * @param faults fault specs {@code NAME[:RATE][@API]}
 * @param stallMaxSec how long a {@code stall} fault holds a connection whose client stays
 * @param portFile when set, the port the simulator listens on is written to this file once it
 *     listens (for scripts: no log scraping)
 * @param ec2Instances EC2 instances that exist elsewhere (an AWS account or its emulator): the
 *     first hosts are these instances, with their account, region, id and addresses
 */
public record SimulatorOptions(
    int port,
    String bind,
    long seed,
    int hosts,
    int detectionsPerHost,
    int qids,
    int webApps,
    int findingsPerWebApp,
    int concurrencyLimit,
    int foreignRunning,
    int rateLimit,
    int rateWindowSec,
    long latencyMs,
    long latencyPerHostMs,
    List<String> faults,
    String username,
    String password,
    Instant now,
    double ec2Share,
    double publicIpShare,
    double sharedIpShare,
    double sharedFqdnShare,
    double staleHostShare,
    double fixedShare,
    boolean evaluation,
    long stallMaxSec,
    List<KnownEc2Instance> ec2Instances,
    String portFile) {

  /** Beyond this many hosts generated addresses would repeat. */
  public static final int MAX_HOSTS = 10_000_000;

  public SimulatorOptions {
    faults = List.copyOf(faults);
    ec2Instances = List.copyOf(ec2Instances);
    range("port", port, 0, 65_535);
    range("hosts", hosts, 0, MAX_HOSTS);
    range("detections-per-host", detectionsPerHost, 0, 10_000);
    range("qids", qids, 1, 200_000);
    range("web-apps", webApps, 0, 1_000_000);
    range("findings-per-web-app", findingsPerWebApp, 0, 100_000);
    range("concurrency-limit", concurrencyLimit, 0, 10_000);
    range("foreign-running", foreignRunning, 0, 10_000);
    range("rate-limit", rateLimit, 0, Integer.MAX_VALUE);
    range("rate-window-sec", rateWindowSec, 1, 86_400 * 7);
    range("latency-ms", latencyMs, 0, 3_600_000);
    range("latency-per-host-ms", latencyPerHostMs, 0, 3_600_000);
    range("stall-max-sec", stallMaxSec, 1, 86_400);
    share("ec2-share", ec2Share);
    share("public-ip-share", publicIpShare);
    share("shared-ip-share", sharedIpShare);
    share("shared-fqdn-share", sharedFqdnShare);
    share("stale-host-share", staleHostShare);
    share("fixed-share", fixedShare);
    if (ec2Instances.size() > hosts) {
      throw new IllegalArgumentException("--ec2-instances lists " + ec2Instances.size()
          + " instances but there are " + hosts + " hosts");
    }
    if (bind == null || bind.isBlank()) {
      throw new IllegalArgumentException("bind must not be empty");
    }
    if (username == null || username.isEmpty() || password == null) {
      throw new IllegalArgumentException("username and password must be set");
    }
    faults.forEach(FaultSpec::parse);
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void range(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "--" + name + " must be between " + min + " and " + max + ": " + value);
    }
  }

  private static void share(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException("--" + name + " must be between 0 and 1: " + value);
    }
  }

  /** Builds {@link SimulatorOptions}; starts from the defaults. */
  public static final class Builder {
    private int port = 8090;
    private String bind = "127.0.0.1";
    private long seed = 1;
    private int hosts = 100;
    private int detectionsPerHost = 5;
    private int qids = 200;
    private int webApps = 5;
    private int findingsPerWebApp = 4;
    private int concurrencyLimit = 2;
    private int foreignRunning;
    private int rateLimit = 300;
    private int rateWindowSec = 3600;
    private long latencyMs;
    private long latencyPerHostMs;
    private List<String> faults = List.of();
    private String username = "qualys-user";
    private String password = "qualys-pass";
    private Instant now;
    private double ec2Share = 0.3;
    private double publicIpShare = 0.4;
    private double sharedIpShare = 0.03;
    private double sharedFqdnShare = 0.03;
    private double staleHostShare;
    private double fixedShare = 0.1;
    private boolean evaluation;
    private long stallMaxSec = 900;
    private List<KnownEc2Instance> ec2Instances = List.of();
    private String portFile;

    private Builder() {}

    private Builder(SimulatorOptions o) {
      port = o.port;
      bind = o.bind;
      seed = o.seed;
      hosts = o.hosts;
      detectionsPerHost = o.detectionsPerHost;
      qids = o.qids;
      webApps = o.webApps;
      findingsPerWebApp = o.findingsPerWebApp;
      concurrencyLimit = o.concurrencyLimit;
      foreignRunning = o.foreignRunning;
      rateLimit = o.rateLimit;
      rateWindowSec = o.rateWindowSec;
      latencyMs = o.latencyMs;
      latencyPerHostMs = o.latencyPerHostMs;
      faults = o.faults;
      username = o.username;
      password = o.password;
      now = o.now;
      ec2Share = o.ec2Share;
      publicIpShare = o.publicIpShare;
      sharedIpShare = o.sharedIpShare;
      sharedFqdnShare = o.sharedFqdnShare;
      staleHostShare = o.staleHostShare;
      fixedShare = o.fixedShare;
      evaluation = o.evaluation;
      stallMaxSec = o.stallMaxSec;
      ec2Instances = o.ec2Instances;
      portFile = o.portFile;
    }

    public Builder port(int v) {
      port = v;
      return this;
    }

    public Builder bind(String v) {
      bind = v;
      return this;
    }

    public Builder seed(long v) {
      seed = v;
      return this;
    }

    public Builder hosts(int v) {
      hosts = v;
      return this;
    }

    public Builder detectionsPerHost(int v) {
      detectionsPerHost = v;
      return this;
    }

    public Builder qids(int v) {
      qids = v;
      return this;
    }

    public Builder webApps(int v) {
      webApps = v;
      return this;
    }

    public Builder findingsPerWebApp(int v) {
      findingsPerWebApp = v;
      return this;
    }

    public Builder concurrencyLimit(int v) {
      concurrencyLimit = v;
      return this;
    }

    public Builder foreignRunning(int v) {
      foreignRunning = v;
      return this;
    }

    public Builder rateLimit(int v) {
      rateLimit = v;
      return this;
    }

    public Builder rateWindowSec(int v) {
      rateWindowSec = v;
      return this;
    }

    public Builder latencyMs(long v) {
      latencyMs = v;
      return this;
    }

    public Builder latencyPerHostMs(long v) {
      latencyPerHostMs = v;
      return this;
    }

    public Builder faults(List<String> v) {
      faults = List.copyOf(v);
      return this;
    }

    public Builder username(String v) {
      username = v;
      return this;
    }

    public Builder password(String v) {
      password = v;
      return this;
    }

    public Builder now(Instant v) {
      now = v;
      return this;
    }

    public Builder ec2Share(double v) {
      ec2Share = v;
      return this;
    }

    public Builder publicIpShare(double v) {
      publicIpShare = v;
      return this;
    }

    public Builder sharedIpShare(double v) {
      sharedIpShare = v;
      return this;
    }

    public Builder sharedFqdnShare(double v) {
      sharedFqdnShare = v;
      return this;
    }

    public Builder staleHostShare(double v) {
      staleHostShare = v;
      return this;
    }

    public Builder fixedShare(double v) {
      fixedShare = v;
      return this;
    }

    public Builder evaluation(boolean v) {
      evaluation = v;
      return this;
    }

    public Builder stallMaxSec(long v) {
      stallMaxSec = v;
      return this;
    }

    public Builder ec2Instances(List<KnownEc2Instance> v) {
      ec2Instances = List.copyOf(v);
      return this;
    }

    public Builder portFile(String v) {
      portFile = v;
      return this;
    }

    public SimulatorOptions build() {
      return new SimulatorOptions(
          port,
          bind,
          seed,
          hosts,
          detectionsPerHost,
          qids,
          webApps,
          findingsPerWebApp,
          concurrencyLimit,
          foreignRunning,
          rateLimit,
          rateWindowSec,
          latencyMs,
          latencyPerHostMs,
          faults,
          username,
          password,
          now,
          ec2Share,
          publicIpShare,
          sharedIpShare,
          sharedFqdnShare,
          staleHostShare,
          fixedShare,
          evaluation,
          stallMaxSec,
          ec2Instances,
          portFile);
    }
  }
}
