package dev.graphwright.qualys.run;

import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.config.Validators;
import dev.graphwright.api.error.ConfigException;
import dev.graphwright.qualys.client.QualysClientConfig;
import dev.graphwright.qualys.client.http.QualysApiUrl;
import dev.graphwright.qualys.client.vm.DetectionStatus;
import dev.graphwright.qualys.convert.SlaPolicy;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Qualys config fields (names, variables and defaults of the earlier integration, plus ours)
 * and typed access to their values.
 */
public final class QualysConfig {

  static final String API_URL = "qualysApiUrl";
  public static final String USERNAME = "qualysUsername";
  static final String PASSWORD = "qualysPassword";
  static final String MIN_SCANNED_SINCE_DAYS = "minScannedSinceDays";
  static final String MIN_FINDINGS_SINCE_DAYS = "minFindingsSinceDays";
  static final String SEVERITIES = "vmdrFindingSeverities";
  static final String TYPES = "vmdrFindingTypes";
  static final String STATUSES = "vmdrFindingStatuses";
  static final String INCLUDE_RESULTS = "vmdrIncludeResults";
  static final String INCLUDE_QDS = "vmdrIncludeQds";
  static final String SLA_DAYS = "qualysSlaDays";
  /** Switches the web application scanning (WAS) steps. */
  public static final String INGEST_WAS = "qualysIngestWas";

  static final String INCLUDE_IGNORED = "vmdrIncludeIgnored";
  static final String HOST_TAGS = "qualysHostTags";
  static final String HOST_TAGS_MATCH = "qualysHostTagsMatch";
  static final String ASSET_GROUPS = "qualysAssetGroups";
  static final String CONCURRENCY_CAP = "qualysConcurrencyCap";
  static final String CONCURRENCY_RESERVE = "qualysConcurrencyReserve";
  static final String HOSTS_PER_DETECTION_REQUEST = "qualysHostsPerDetectionRequest";
  static final String QIDS_PER_KB_REQUEST = "qualysQidsPerKbRequest";
  static final String HOST_ASSETS_PER_REQUEST = "qualysHostAssetsPerRequest";
  static final String READ_TIMEOUT_SECONDS = "qualysReadTimeoutSeconds";
  static final String PAGE_DEADLINE_SECONDS = "qualysPageDeadlineSeconds";

  static final List<String> ALL_TYPES = List.of("Confirmed", "Potential", "Info");

  /** The fields, in documentation order. */
  public static List<ConfigField> fields() {
    return List.of(
        ConfigField.required(
                API_URL,
                "QUALYS_API_URL",
                "your platform's API URL, e.g. https://qualysapi.qg3.apps.qualys.com")
            .validatedBy(QualysConfig::checkUrl),
        ConfigField.required(USERNAME, "QUALYS_USERNAME", "a Qualys user with API access"),
        ConfigField.required(PASSWORD, "QUALYS_PASSWORD", "that user's password")
            .asSecret(),
        ConfigField.optional(
                HOST_TAGS,
                "QUALYS_HOST_TAGS",
                "only hosts with these Qualys tags (names, comma-separated; see"
                    + " QUALYS_HOST_TAGS_MATCH); empty for every host",
                "")
            .validatedBy(QualysConfig::checkTagNames)
            .asScope(),
        ConfigField.optional(
                HOST_TAGS_MATCH,
                "QUALYS_HOST_TAGS_MATCH",
                "whether a host needs any or all of QUALYS_HOST_TAGS",
                "any")
            .validatedBy(Validators.listOf(Set.of("any", "all")))
            .asScope(),
        ConfigField.optional(
                ASSET_GROUPS,
                "QUALYS_ASSET_GROUPS",
                "only hosts in any of these asset groups (titles or ids, comma-separated); empty for"
                    + " every host",
                "")
            .asScope(),
        ConfigField.optional(
                MIN_SCANNED_SINCE_DAYS,
                "MIN_SCANNED_SINCE_DAYS",
                "first run: ingest hosts scanned in the last N days (later runs: since the last"
                    + " successful run)",
                "7")
            .validatedBy(Validators.numberAtLeast(0.01)),
        ConfigField.optional(
                MIN_FINDINGS_SINCE_DAYS,
                "MIN_FINDINGS_SINCE_DAYS",
                "first run: ingest detections and web-app findings updated in the last N days",
                "7")
            .validatedBy(Validators.numberAtLeast(0.01)),
        ConfigField.optional(
                SEVERITIES,
                "VMDR_FINDING_SEVERITIES",
                "detection severities to ingest (1-5)",
                "3,4,5")
            .validatedBy(Validators.listOf(Set.of("1", "2", "3", "4", "5")))
            .asScope(),
        ConfigField.optional(
                TYPES,
                "VMDR_FINDING_TYPES",
                "detection types to ingest: Confirmed, Potential, Info",
                "Potential,Confirmed")
            .validatedBy(Validators.listOf(Set.copyOf(ALL_TYPES)))
            .asScope(),
        ConfigField.optional(
                STATUSES,
                "VMDR_FINDING_STATUSES",
                "detection statuses to ingest; later runs add Fixed so that fixed findings close",
                "New,Active,Re-Opened")
            .validatedBy(Validators.listOf(Set.of("New", "Active", "Re-Opened", "Fixed")))
            .asScope(),
        ConfigField.optional(
                INCLUDE_RESULTS,
                "VMDR_INCLUDE_RESULTS",
                "also ingest each detection's RESULTS text (large)",
                "false")
            .validatedBy(Validators.listOf(Set.of("true", "false"))),
        ConfigField.optional(
                INCLUDE_QDS,
                "VMDR_INCLUDE_QDS",
                "ask for each detection's Qualys Detection Score (QDS, 1-100) and its factors;"
                    + " set false if the subscription has no QDS",
                "true")
            .validatedBy(Validators.listOf(Set.of("true", "false"))),
        ConfigField.optional(
                SLA_DAYS,
                "QUALYS_SLA_DAYS",
                "days a finding of each severity may stay open (severity:days pairs); sets slaDueOn"
                    + " and slaBreached; empty for none",
                "5:7,4:30,3:90")
            .validatedBy(SlaPolicy::check),
        ConfigField.optional(
                INGEST_WAS,
                "QUALYS_INGEST_WAS",
                "ingest WAS web apps and their findings; false leaves them out, and keeps what"
                    + " earlier runs wrote",
                "true")
            .validatedBy(Validators.listOf(Set.of("true", "false"))),
        ConfigField.optional(
                INCLUDE_IGNORED,
                "VMDR_INCLUDE_IGNORED",
                "also ingest detections marked ignored or disabled in Qualys (isIgnored and"
                    + " isDisabled tell them apart)",
                "false")
            .validatedBy(Validators.listOf(Set.of("true", "false")))
            .asScope(),
        ConfigField.optional(
                CONCURRENCY_CAP,
                "QUALYS_CONCURRENCY_CAP",
                "never more calls in flight per Qualys API than this, even if the subscription"
                    + " allows more",
                "10")
            .validatedBy(Validators.integerBetween(1, 100)),
        ConfigField.optional(
                CONCURRENCY_RESERVE,
                "QUALYS_CONCURRENCY_RESERVE",
                "calls per API left to other tools using the same subscription",
                "0")
            .validatedBy(Validators.integerBetween(0, 100)),
        ConfigField.optional(
                HOSTS_PER_DETECTION_REQUEST,
                "QUALYS_HOSTS_PER_DETECTION_REQUEST",
                "host ids per detection request (Qualys recommends 1000-5000)",
                "1000")
            .validatedBy(Validators.integerBetween(1, 10_000)),
        ConfigField.optional(
                QIDS_PER_KB_REQUEST,
                "QUALYS_QIDS_PER_KB_REQUEST",
                "QIDs per knowledge-base request",
                "250")
            .validatedBy(Validators.integerBetween(1, 2000)),
        ConfigField.optional(
                HOST_ASSETS_PER_REQUEST,
                "QUALYS_HOST_ASSETS_PER_REQUEST",
                "host ids per Asset Management search",
                "250")
            .validatedBy(Validators.integerBetween(1, 1000)),
        ConfigField.optional(
                READ_TIMEOUT_SECONDS,
                "QUALYS_READ_TIMEOUT_SECONDS",
                "give up on a response that sends nothing for this long (Qualys sends keep-alive"
                    + " comments every ~60 s)",
                "180")
            .validatedBy(Validators.integerBetween(5, 3600)),
        ConfigField.optional(
                PAGE_DEADLINE_SECONDS,
                "QUALYS_PAGE_DEADLINE_SECONDS",
                "abandon and retry a page that takes longer than this in all",
                "600")
            .validatedBy(Validators.integerBetween(10, 86_400)));
  }

  private static Optional<String> checkTagNames(String value) {
    return Validators.splitList(value).stream()
        .filter(name -> name.length() > 256)
        .findFirst()
        .map(name -> "a tag name has at most 256 characters: '" + name.substring(0, 40) + "…'");
  }

  private static Optional<String> checkUrl(String value) {
    try {
      QualysApiUrl.parse(value);
      return Optional.empty();
    } catch (ConfigException e) {
      return Optional.of(String.valueOf(e.getMessage()).replaceFirst("^apiUrl: ", ""));
    }
  }

  private final IntegrationConfig config;

  public QualysConfig(IntegrationConfig config) {
    this.config = config;
  }

  /** The API client's config. */
  public QualysClientConfig clientConfig(String userAgent) {
    return QualysClientConfig.builder(
            config.get(API_URL), config.get(USERNAME), config.secret(PASSWORD))
        .userAgent(userAgent)
        .concurrencyCap(config.getInt(CONCURRENCY_CAP))
        .concurrencyReserve(config.getInt(CONCURRENCY_RESERVE))
        .detectionIdsPerRequest(config.getInt(HOSTS_PER_DETECTION_REQUEST))
        .kbQidsPerRequest(config.getInt(QIDS_PER_KB_REQUEST))
        .hostAssetsPerRequest(config.getInt(HOST_ASSETS_PER_REQUEST))
        .readTimeout(Duration.ofSeconds(config.getLong(READ_TIMEOUT_SECONDS)))
        .pageDeadline(Duration.ofSeconds(config.getLong(PAGE_DEADLINE_SECONDS)))
        .build();
  }

  public QualysApiUrl apiUrl() {
    return QualysApiUrl.parse(config.get(API_URL));
  }

  public Duration scannedLookback() {
    return days(config.getDouble(MIN_SCANNED_SINCE_DAYS));
  }

  public Duration findingsLookback() {
    return days(config.getDouble(MIN_FINDINGS_SINCE_DAYS));
  }

  public Set<Integer> severities() {
    var severities = new TreeSet<Integer>();
    config.getList(SEVERITIES).forEach(s -> severities.add(Integer.parseInt(s)));
    return severities;
  }

  /** The detection types to keep: Confirmed, Potential, Info. */
  public Set<String> types() {
    return Set.copyOf(config.getList(TYPES));
  }

  /** The statuses to fetch; incremental runs add Fixed so that fixed findings close. */
  public Set<DetectionStatus> statuses(boolean incremental) {
    var statuses = EnumSet.noneOf(DetectionStatus.class);
    for (var name : config.getList(STATUSES)) {
      for (var status : DetectionStatus.values()) {
        if (status.toString().equals(name)) {
          statuses.add(status);
        }
      }
    }
    if (incremental) {
      statuses.add(DetectionStatus.FIXED);
    }
    return statuses;
  }

  /** The tag names hosts must carry (any or all of them); empty for no tag filter. */
  public List<String> hostTags() {
    return config.find(HOST_TAGS).map(Validators::splitList).orElse(List.of());
  }

  /** Whether a host needs all of {@link #hostTags()} rather than any. */
  public boolean allHostTags() {
    return "all".equals(config.find(HOST_TAGS_MATCH).orElse("any"));
  }

  /** The asset groups (titles or ids) hosts must be in, any of them; empty for no group filter. */
  public List<String> assetGroups() {
    return config.find(ASSET_GROUPS).map(Validators::splitList).orElse(List.of());
  }

  public boolean includeResults() {
    return config.getBoolean(INCLUDE_RESULTS);
  }

  public SlaPolicy sla() {
    return SlaPolicy.parse(config.find(SLA_DAYS).orElse(""));
  }

  public boolean includeQds() {
    return config.getBoolean(INCLUDE_QDS);
  }

  public boolean includeIgnored() {
    return config.getBoolean(INCLUDE_IGNORED);
  }

  public int hostsPerDetectionRequest() {
    return config.getInt(HOSTS_PER_DETECTION_REQUEST);
  }

  public int qidsPerKbRequest() {
    return config.getInt(QIDS_PER_KB_REQUEST);
  }

  public int hostAssetsPerRequest() {
    return config.getInt(HOST_ASSETS_PER_REQUEST);
  }

  private static Duration days(double days) {
    return Duration.ofSeconds(Math.round(days * 86_400));
  }
}
