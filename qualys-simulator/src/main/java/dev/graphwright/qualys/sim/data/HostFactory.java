package dev.graphwright.qualys.sim.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Produces host {@code i} of the account from the seed alone.
 *
 * <p>Facts that a neighbouring host may borrow (kind, address, DNS name) come from their own
 * random streams, so host {@code i} can copy host {@code i-1}'s address without generating all of
 * host {@code i-1}.
 */
public final class HostFactory {
  private final LongAdder built = new LongAdder();
  private static final long DNS_STREAM = 101;
  private static final long KIND_STREAM = 102;
  private static final long ADDRESS_STREAM = 103;

  private final DataSpec spec;
  private final IdLayout ids;
  private final long assetBase;
  private final AddressPlan addresses;
  private final String[] ec2Accounts;
  private final Churns churns;

  HostFactory(DataSpec spec, Churns churns) {
    this.spec = spec;
    this.churns = churns;
    long seed = spec.seed();
    this.ids = new IdLayout(
        seed,
        Kind.HOST_ID_BLOCK,
        107_000_000L + Rng.hash(seed, Kind.BASES, 1) % 900_000,
        spec.hosts());
    this.assetBase = 84_000_000L + Rng.hash(seed, Kind.BASES, 2) % 900_000;
    this.addresses = new AddressPlan(seed);
    this.ec2Accounts = ec2Accounts(seed);
  }

  /** The id layout of the hosts (index to QWEB id and back). */
  public IdLayout ids() {
    return ids;
  }

  /** Number of hosts. */
  public int count() {
    return ids.count();
  }

  /** The asset id of host {@code index}; strictly increasing with the index. */
  public long assetId(int index) {
    return assetBase + 2L * index + (Rng.hash(spec.seed(), Kind.HOST_ASSET_ID, index) & 1);
  }

  /** The index of the host with this asset id, or -1. */
  public int indexOfAssetId(long assetId) {
    long offset = assetId - assetBase;
    if (offset < 0 || offset / 2 >= count()) {
      return -1;
    }
    int index = (int) (offset / 2);
    return assetId(index) == assetId ? index : -1;
  }

  /** The smallest index whose asset id is at least {@code assetId}; {@link #count()} if none. */
  public int firstIndexAtOrAboveAssetId(long assetId) {
    long offset = assetId - assetBase;
    if (offset <= 0) {
      return 0;
    }
    long index = offset / 2;
    if (index >= count()) {
      return count();
    }
    return assetId((int) index) >= assetId ? (int) index : (int) Math.min(index + 1, count());
  }

  /** The end of host {@code index}'s last VM scan, cheaper than building the whole host. */
  public long lastVmScan(int index) {
    var rescan = churns.lastRescanOf(index);
    return rescan != null ? rescan.scanTime() : generatedLastVmScan(index);
  }

  /** The end of host {@code index}'s last VM scan when the account was generated, before churns. */
  public long generatedLastVmScan(int index) {
    return scanTimes(index, Rng.of(spec.seed(), Kind.HOST, index));
  }

  /** How many host records have been built so far: the account is generated on demand, never whole. */
  public long built() {
    return built.sum();
  }

  /** Builds host {@code index}. */
  public HostRecord host(int index) {
    built.increment();
    long seed = spec.seed();
    var rng = Rng.of(seed, Kind.HOST, index);
    long lastVmScan = scanTimes(index, rng);
    long lastScanDatetime = lastVmScan + rng.between(5, 90);
    int duration = rng.between(40, 3_000);
    boolean ec2 = isEc2(index);
    TrackingMethod tracking = tracking(index, ec2);
    long created = lastVmScan - rng.between(20, 900) * Days.DAY - rng.nextInt((int) Days.DAY);
    long modified = lastScanDatetime + rng.between(30, 900);
    String os = operatingSystem(rng, ec2);
    Ec2Info ec2Info = ec2 ? ec2Info(index, rng) : null;
    String ip = primaryAddress(index, ec2Info);
    boolean publicIp = isKnownInstance(index)
        ? ec2Info.publicIp() != null
        : isPublicPrimary(sharedAddressOwner(index, ec2));
    String dns = ec2Info != null
        ? (ec2Info.publicDnsName() != null ? ec2Info.publicDnsName() : ec2Info.privateDnsName())
        : dnsName(index);
    String netbios =
        os.startsWith("Windows") && dns != null && !isNumeric(dns) ? netbios(dns) : null;
    long lastAuthScan =
        tracking == TrackingMethod.AGENT || rng.chance(0.4) ? lastVmScan - rng.nextInt(3_600) : 0;
    String qgHostId = tracking == TrackingMethod.AGENT || ec2 ? rng.uuid() : null;
    var rescan = churns.lastRescanOf(index);
    if (rescan != null) {
      // Everything drawn above stays as generated; only the latest scan moves.
      lastVmScan = rescan.scanTime();
      lastScanDatetime = rescan.processedTime();
      modified = rescan.processedTime();
    }
    return new HostRecord(
        index,
        ids.id(index),
        assetId(index),
        tracking,
        ip,
        publicIp,
        dns,
        netbios,
        os,
        lastVmScan,
        lastScanDatetime,
        duration,
        lastAuthScan,
        created,
        modified,
        tags(rng),
        ec2Info,
        qgHostId);
  }

  /** Every tag of the pool, ascending by id. */
  public static List<TagRecord> allTags() {
    var tags = new ArrayList<TagRecord>(Names.TAG_NAMES.length);
    for (int k = 0; k < Names.TAG_NAMES.length; k++) {
      tags.add(tag(k));
    }
    return tags;
  }

  /** The tag with this exact name, or this id when {@code byId}; empty when there is none. */
  public static java.util.Optional<TagRecord> findTag(String value, boolean byId) {
    String wanted = value.strip();
    return allTags().stream()
        .filter(t -> byId ? Long.toString(t.id()).equals(wanted) : t.name().equals(wanted))
        .findFirst();
  }

  /** The asset-tag pool, shared by every host. */
  public static TagRecord tag(int k) {
    return new TagRecord(8_832_000L + k * 137L, Names.TAG_NAMES[k]);
  }

  private long scanTimes(int index, Rng rng) {
    long now = spec.now();
    // A known EC2 instance is never stale: it exists elsewhere now, so it was scanned lately.
    if (rng.chance(spec.shares().staleHost()) && !isKnownInstance(index)) {
      return now - rng.between(10, 59) * Days.DAY - rng.nextInt((int) Days.DAY);
    }
    // At least an hour ago, so that processing times that follow the scan are still before now.
    return now - Days.HOUR - rng.nextInt((int) (5 * Days.DAY - Days.HOUR));
  }

  private boolean isEc2(int index) {
    return isKnownInstance(index)
        || Rng.of(spec.seed(), KIND_STREAM, index).chance(spec.shares().ec2());
  }

  private boolean isKnownInstance(int index) {
    return index < spec.ec2Instances().size();
  }

  private TrackingMethod tracking(int index, boolean ec2) {
    if (ec2) {
      return TrackingMethod.EC2;
    }
    var rng = Rng.of(spec.seed(), KIND_STREAM, index);
    rng.nextLong();
    double roll = rng.nextDouble();
    return roll < 0.5 ? TrackingMethod.IP : roll < 0.7 ? TrackingMethod.DNS : TrackingMethod.AGENT;
  }

  private boolean isPublicPrimary(int index) {
    return Rng.of(spec.seed(), ADDRESS_STREAM, index).chance(spec.shares().publicIp());
  }

  /** The host whose address host {@code index} uses: itself, or the previous host when shared. */
  private int sharedAddressOwner(int index, boolean ec2) {
    if (index == 0 || ec2 || isEc2(index - 1)) {
      return index;
    }
    var rng = Rng.of(spec.seed(), ADDRESS_STREAM, index);
    rng.nextLong();
    return rng.chance(spec.shares().sharedIp()) ? index - 1 : index;
  }

  private String primaryAddress(int index, Ec2Info ec2Info) {
    if (ec2Info != null && isKnownInstance(index)) {
      return ec2Info.publicIp() != null ? ec2Info.publicIp() : ec2Info.privateIp();
    }
    if (ec2Info != null) {
      return ec2Info.publicIp() != null && isPublicPrimary(index)
          ? ec2Info.publicIp()
          : ec2Info.privateIp();
    }
    int owner = sharedAddressOwner(index, false);
    return isPublicPrimary(owner)
        ? addresses.publicAddress(owner)
        : addresses.privateAddress(owner);
  }

  private String dnsName(int index) {
    if (index > 0 && !isEc2(index - 1)) {
      var rng = Rng.of(spec.seed(), DNS_STREAM, index);
      rng.nextLong();
      rng.nextLong();
      if (rng.chance(spec.shares().sharedFqdn())) {
        String previous = ownDnsName(index - 1);
        if (previous != null) {
          return previous;
        }
      }
    }
    return ownDnsName(index);
  }

  private String ownDnsName(int index) {
    var rng = Rng.of(spec.seed(), DNS_STREAM, index);
    double roll = rng.nextDouble();
    if (tracking(index, false) == TrackingMethod.IP && roll < 0.1) {
      return null;
    }
    if (roll > 0.985) {
      return Integer.toString(20_000 + index);
    }
    String name = rng.pick(Names.HOST_ROLES) + "-" + index + "." + rng.pick(Names.DOMAINS);
    return rng.nextInt(20) == 0 ? name.toUpperCase(java.util.Locale.ROOT) : name;
  }

  private static boolean isNumeric(String value) {
    return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
  }

  private static String netbios(String dns) {
    int dot = dns.indexOf('.');
    String label = (dot < 0 ? dns : dns.substring(0, dot)).toUpperCase(java.util.Locale.ROOT);
    return label.length() > 15 ? label.substring(0, 15) : label;
  }

  private String operatingSystem(Rng rng, boolean ec2) {
    if (rng.chance(0.02)) {
      // Qualys occasionally reports a bare number as the OS.
      return Integer.toString(rng.between(1_000, 99_999));
    }
    if (ec2) {
      return rng.pick(Names.EC2_OS);
    }
    return rng.chance(0.45) ? rng.pick(Names.WINDOWS_OS) : rng.pick(Names.OTHER_OS);
  }

  private List<TagRecord> tags(Rng rng) {
    int count = rng.nextInt(4);
    var tags = new ArrayList<TagRecord>(count);
    int start = rng.nextInt(Names.TAG_NAMES.length);
    for (int i = 0; i < count; i++) {
      tags.add(tag((start + i * 5) % Names.TAG_NAMES.length));
    }
    return tags;
  }

  private Ec2Info ec2Info(int index, Rng rng) {
    String region = rng.pick(Names.REGIONS);
    String privateIp = addresses.vpcAddress(index);
    boolean hasPublic = isPublicPrimary(index) || rng.chance(0.3);
    String publicIp = hasPublic ? addresses.publicAddress(index) : null;
    String internalSuffix =
        region.equals("us-east-1") ? ".ec2.internal" : "." + region + ".compute.internal";
    String privateDns = "ip-" + privateIp.replace('.', '-') + internalSuffix;
    String publicDns = publicIp == null
        ? null
        : "ec2-" + publicIp.replace('.', '-')
            + (region.equals("us-east-1")
                ? ".compute-1.amazonaws.com"
                : "." + region + ".compute.amazonaws.com");
    var tags = new ArrayList<Ec2Info.Ec2Tag>();
    tags.add(new Ec2Info.Ec2Tag("Name", rng.pick(Names.HOST_ROLES) + "-" + index));
    tags.add(new Ec2Info.Ec2Tag("Environment", rng.pick(Names.ENVIRONMENTS)));
    if (rng.chance(0.5)) {
      tags.add(new Ec2Info.Ec2Tag("Department", rng.pick(Names.DEPARTMENTS)));
    }
    if (rng.chance(0.3)) {
      tags.add(new Ec2Info.Ec2Tag("Owner", rng.pick(Names.OWNERS)));
    }
    var info = new Ec2Info(
        "i-0" + rng.hex(16),
        ec2Accounts[rng.nextInt(ec2Accounts.length)],
        region,
        region + (char) ('a' + rng.nextInt(3)),
        "ami-0" + rng.hex(16),
        rng.pick(Names.INSTANCE_TYPES),
        privateIp,
        publicIp,
        privateDns,
        publicDns,
        "vpc-0" + rng.hex(16),
        "subnet-0" + rng.hex(16),
        "r-0" + rng.hex(16),
        "sg-0" + rng.hex(16),
        rng.pick(Names.GROUP_NAMES),
        "eni-0" + rng.hex(16),
        rng.chance(0.9) ? "RUNNING" : "STOPPED",
        rng.chance(0.1),
        tags);
    return isKnownInstance(index) ? known(info, spec.ec2Instances().get(index)) : info;
  }

  // The instance as the other source knows it: its id, account, region and addresses.
  private static Ec2Info known(Ec2Info generated, KnownEc2Instance instance) {
    var region = instance.region();
    var internal =
        region.equals("us-east-1") ? ".ec2.internal" : "." + region + ".compute.internal";
    var publicIp = instance.publicIp();
    var publicDns = publicIp == null
        ? null
        : "ec2-" + publicIp.replace('.', '-')
            + (region.equals("us-east-1")
                ? ".compute-1.amazonaws.com"
                : "." + region + ".compute.amazonaws.com");
    return new Ec2Info(
        instance.instanceId(),
        instance.accountId(),
        region,
        region + "a",
        generated.imageId(),
        generated.instanceType(),
        instance.privateIp(),
        publicIp,
        "ip-" + instance.privateIp().replace('.', '-') + internal,
        publicDns,
        generated.vpcId(),
        generated.subnetId(),
        generated.reservationId(),
        generated.groupId(),
        generated.groupName(),
        generated.interfaceId(),
        "RUNNING",
        false,
        generated.tags());
  }

  // A handful of AWS accounts per seed; two of them have ids with leading zeros.
  private static String[] ec2Accounts(long seed) {
    var rng = Rng.of(seed, Kind.BASES, 3);
    var accounts = new String[5];
    for (int i = 0; i < accounts.length; i++) {
      long digits = 100_000_000_000L + (rng.nextLong() >>> 1) % 900_000_000_000L;
      String id = Long.toString(digits);
      accounts[i] = i < 2 ? "0" + id.substring(1) : id;
    }
    return accounts;
  }
}
