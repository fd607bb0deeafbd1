package dev.graphwright.qualys.sim.data;

import java.util.List;

/**
 * One scanned host. Dates are epoch seconds.
 *
 * @param index position in the account, 0-based
 * @param id the QWEB host id ({@code HOST/ID}, {@code qwebHostId})
 * @param assetId the Asset Management id ({@code ASSET_ID}, {@code HostAsset/id})
 * @param ip the primary address ({@code IP}, {@code address})
 * @param dns the DNS name; null when Qualys has none; sometimes numeric or upper case
 * @param netbios null for non-Windows hosts
 * @param os sometimes a bare number, as Qualys occasionally reports
 * @param lastVmScan end of the last VM scan; the scan-date filters use it
 * @param lastScanDatetime when the last scan was processed (a little after {@code lastVmScan})
 * @param lastAuthScan last authenticated scan, 0 when none
 * @param ec2 null unless the host is an EC2 instance
 * @param qgHostId the agent/instance GUID, null for IP- and DNS-tracked hosts
 */
public record HostRecord(
    int index,
    long id,
    long assetId,
    TrackingMethod tracking,
    String ip,
    boolean publicIp,
    String dns,
    String netbios,
    String os,
    long lastVmScan,
    long lastScanDatetime,
    int scanDurationSec,
    long lastAuthScan,
    long created,
    long modified,
    List<TagRecord> tags,
    Ec2Info ec2,
    String qgHostId) {

  /** Whether the host is an EC2 instance. */
  public boolean isEc2() {
    return ec2 != null;
  }

  /** The first label of the DNS name, or null. */
  public String hostname() {
    if (dns == null) {
      return null;
    }
    int dot = dns.indexOf('.');
    return dot < 0 ? dns : dns.substring(0, dot);
  }

  /** The DNS name without its first label, or null. */
  public String domain() {
    if (dns == null) {
      return null;
    }
    int dot = dns.indexOf('.');
    return dot < 0 ? null : dns.substring(dot + 1);
  }
}
