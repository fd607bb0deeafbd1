package dev.graphwright.qualys.convert;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.qualys.client.am.HostAsset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Asset Management host assets ({@code fixtures/host-assets.xml}) as the Host targets of the
 * host mappings: EC2 instances become {@code aws_instance} placeholders keyed by ARN, others
 * {@code discovered_host} keyed {@code qualys-host:<qwebHostId>}.
 */
class HostTargetsTest {

  private static List<HostAsset> assets;

  @BeforeAll
  static void parseFixture() {
    assets = Fixtures.hostAssets("host-assets.xml", "6506432", "12688456922", "777", "778");
  }

  private static Map<String, Object> target(String qwebHostId) {
    var asset = assets.stream()
        .filter(a -> qwebHostId.equals(a.qwebHostId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no asset " + qwebHostId));
    return HostTargets.fromAsset(asset, qwebHostId);
  }

  private static long millis(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  @Test
  void ec2AssetBecomesAnAwsInstanceKeyedByItsArnWithTheLeadingZeroAccountIdKept() {
    var arn = "arn:aws:ec2:us-east-1:012345678901:instance/i-0a1b2c3d4e5f60718";

    assertEquals(
        Map.ofEntries(
            entry("_class", "Host"),
            entry("_type", "aws_instance"),
            entry("_key", arn),
            entry("hostname", "ip-10-10-10-11.ec2.internal"),
            entry("fqdn", "ip-10-10-10-11.ec2.internal"),
            entry("os", "Amazon Linux 2"),
            entry("platform", "linux"),
            entry("qualysAssetId", "709838"),
            entry("qualysHostId", "6506432"),
            entry("qualysCreatedOn", millis("2017-07-27T18:14:28Z")),
            entry("scannedBy", "qualys"),
            entry("discoveredBy", "qualys"),
            entry("lastScannedOn", millis("2026-02-27T04:00:00Z")),
            // The EC2 Name tag wins over the asset name, as in the earlier integration.
            entry("name", "billing-api"),
            entry("displayName", "billing-api"),
            entry("ipAddress", "10.10.10.11"),
            entry("trackingMethod", "INSTANCE_ID"),
            entry("tags", List.of("Cloud Agent", "PCI", "2024")),
            entry("publicIpAddress", "54.210.3.9"),
            entry("privateIpAddress", "10.10.10.11"),
            entry("id", "i-0a1b2c3d4e5f60718"),
            entry("instanceId", "i-0a1b2c3d4e5f60718"),
            entry("accountId", "012345678901"),
            entry("region", "us-east-1"),
            entry("state", "running"),
            entry("reservationId", "r-03ca004864372ef32"),
            entry("availabilityZone", "us-east-1e"),
            entry("subnetId", "subnet-7bbbcd56"),
            entry("vpcId", "vpc-2da7154b"),
            entry("instanceType", "t3.medium"),
            entry("imageId", "ami-22ce4934"),
            entry("privateDnsName", "ip-10-10-10-11.ec2.internal"),
            entry("publicDnsName", "ec2-54-210-3-9.compute-1.amazonaws.com"),
            entry("qualysFirstDiscoveredOn", millis("2017-07-27T18:14:28Z")),
            entry("qualysLastUpdatedOn", millis("2026-02-27T04:10:00Z")),
            // aws:autoscaling:groupName is no valid property name and is left out.
            entry("tag.Name", "billing-api"),
            entry("tag.Team", "Payments")),
        target("6506432"));
  }

  @Test
  void plainAssetBecomesADiscoveredHostWithItsSingleTagAndItsInterfacesAddresses() {
    assertEquals(
        Map.ofEntries(
            entry("_class", "Host"),
            entry("_type", "discovered_host"),
            entry("_key", "qualys-host:12688456922"),
            entry("hostname", "102115-m83"),
            entry("fqdn", "102115-m83"),
            entry("os", "Linux 3.10"),
            entry("platform", "linux"),
            entry("qualysAssetId", "3043442"),
            entry("qualysHostId", "12688456922"),
            entry("qualysCreatedOn", millis("2016-11-04T11:43:40Z")),
            entry("scannedBy", "qualys"),
            entry("discoveredBy", "qualys"),
            entry("lastScannedOn", millis("2026-02-26T11:48:58Z")),
            entry("name", "102115-M83"),
            entry("displayName", "102115-M83"),
            entry("ipAddress", "10.100.11.163"),
            entry("netbiosName", "102115-M83"),
            entry("trackingMethod", "QAGENT"),
            entry("tags", List.of("Cloud Agent")),
            // The primary address is private; the public one comes from the second interface.
            entry("publicIpAddress", "52.95.110.7"),
            entry("privateIpAddress", "10.100.11.163")),
        target("12688456922"));
  }

  @Test
  void assetWithNumericFqdnAndOsAndNoTagsOrInterfacesKeepsThemAsTextAndOmitsTheLists() {
    assertEquals(
        Map.ofEntries(
            entry("_class", "Host"),
            entry("_type", "discovered_host"),
            entry("_key", "qualys-host:777"),
            entry("hostname", "12345"),
            entry("fqdn", "12345"),
            entry("os", "2019"),
            entry("qualysAssetId", "3043500"),
            entry("qualysHostId", "777"),
            entry("scannedBy", "qualys"),
            entry("discoveredBy", "qualys"),
            entry("name", "12345"),
            entry("displayName", "12345"),
            entry("ipAddress", "169.254.10.20"),
            entry("trackingMethod", "IP"),
            // 169.254.0.0/16 is link-local.
            entry("privateIpAddress", "169.254.10.20")),
        target("777"));
  }

  @Test
  void publicIpv6AddressIsPublicAndAPrivateInterfaceSuppliesThePrivateAddress() {
    var target = target("778");

    assertEquals("2a00:1450:4007:812::200e", target.get("publicIpAddress"));
    assertEquals("fd00:10::20", target.get("privateIpAddress"));
    assertEquals(List.of("Internet Facing"), target.get("tags"), "legacy tags/TAG/NAME shape");
    assertEquals("windows", target.get("platform"));
    assertEquals("edge-v6.example", target.get("fqdn"));
    assertEquals("discovered_host", target.get("_type"));
    assertFalse(HostTargets.isEc2(target));
    assertTrue(HostTargets.isEc2(target("6506432")));
  }

  @Test
  void hostAssetManagementDidNotDescribeGetsAMinimalDiscoveredHost() {
    assertEquals(
        Map.of(
            "_class", "Host",
            "_type", "discovered_host",
            "_key", "qualys-host:4242",
            "qualysHostId", "4242",
            "hostname", "4242",
            "name", "Qualys host 4242",
            "displayName", "Qualys host 4242",
            "scannedBy", "qualys",
            "discoveredBy", "qualys"),
        HostTargets.fromId("4242"));
  }
}
