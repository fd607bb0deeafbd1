package dev.graphwright.aws.emulator;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Seeds an emulated AWS account through the AWS SDK, the way its owner would have built it. In
 * each region: one VPC with a public subnet (public IPs on launch) and a private one; a {@code web}
 * security group open to the world (443 from 0.0.0.0/0, 22 from ::/0) and an {@code internal} one
 * (5432 from 10.0.0.0/8); instances alternating between the subnets, the public ones in both
 * groups; and one Elastic IP on the first private instance.
 */
public final class AccountSeeder {

  private final URI endpoint;

  public AccountSeeder(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** An EC2 client of the emulator in a region, with throw-away credentials. */
  public Ec2Client ec2(String region) {
    return Ec2Client.builder()
        .endpointOverride(endpoint)
        .region(Region.of(region))
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }

  /** Seeds {@code instancesPerRegion} instances in each region; returns them in creation order. */
  public List<SeededInstance> seed(List<String> regions, int instancesPerRegion) {
    var seeded = new ArrayList<SeededInstance>();
    int regionIndex = 0;
    for (var region : regions) {
      try (var ec2 = ec2(region)) {
        seeded.addAll(seedRegion(ec2, region, ++regionIndex, instancesPerRegion));
      }
    }
    return seeded;
  }

  private List<SeededInstance> seedRegion(Ec2Client ec2, String region, int index, int instances) {
    var cidr = "10." + index + ".0.0/16";
    var vpc = ec2.createVpc(
            b -> b.cidrBlock(cidr).tagSpecifications(tags(ResourceType.VPC, "main-" + region)))
        .vpc()
        .vpcId();
    var publicSubnet = ec2.createSubnet(b -> b.vpcId(vpc)
            .cidrBlock("10." + index + ".1.0/24")
            .tagSpecifications(tags(ResourceType.SUBNET, "public-" + region)))
        .subnet()
        .subnetId();
    ec2.modifySubnetAttribute(b -> b.subnetId(publicSubnet)
        .mapPublicIpOnLaunch(AttributeBooleanValue.builder().value(true).build()));
    var privateSubnet = ec2.createSubnet(b -> b.vpcId(vpc)
            .cidrBlock("10." + index + ".2.0/24")
            .tagSpecifications(tags(ResourceType.SUBNET, "private-" + region)))
        .subnet()
        .subnetId();
    var web = ec2.createSecurityGroup(
            b -> b.vpcId(vpc).groupName("web").description("public web servers"))
        .groupId();
    ec2.authorizeSecurityGroupIngress(b -> b.groupId(web)
        .ipPermissions(
            IpPermission.builder()
                .ipProtocol("tcp")
                .fromPort(443)
                .toPort(443)
                .ipRanges(IpRange.builder().cidrIp("0.0.0.0/0").build())
                .build(),
            IpPermission.builder()
                .ipProtocol("tcp")
                .fromPort(22)
                .toPort(22)
                .ipv6Ranges(Ipv6Range.builder().cidrIpv6("::/0").build())
                .build()));
    var internal = ec2.createSecurityGroup(
            b -> b.vpcId(vpc).groupName("internal").description("databases"))
        .groupId();
    ec2.authorizeSecurityGroupIngress(b -> b.groupId(internal)
        .ipPermissions(IpPermission.builder()
            .ipProtocol("tcp")
            .fromPort(5432)
            .toPort(5432)
            .ipRanges(IpRange.builder().cidrIp("10.0.0.0/8").build())
            .build()));

    var seeded = new ArrayList<SeededInstance>();
    for (int i = 0; i < instances; i++) {
      boolean exposed = i % 2 == 0;
      var subnet = exposed ? publicSubnet : privateSubnet;
      var groups = exposed ? List.of(web, internal) : List.of(internal);
      var name = (exposed ? "web-" : "db-") + region + "-" + i;
      Instance instance = ec2.runInstances(b -> b.imageId("ami-12c6146b")
              .instanceType(InstanceType.T3_MICRO)
              .minCount(1)
              .maxCount(1)
              .subnetId(subnet)
              .securityGroupIds(groups)
              .tagSpecifications(TagSpecification.builder()
                  .resourceType(ResourceType.INSTANCE)
                  .tags(
                      Tag.builder().key("Name").value(name).build(),
                      Tag.builder()
                          .key("Environment")
                          .value(exposed ? "production" : "staging")
                          .build(),
                      Tag.builder().key("Owner").value("platform-team").build())
                  .build()))
          .instances()
          .getFirst();
      seeded.add(new SeededInstance(
          MotoServer.ACCOUNT_ID,
          region,
          instance.instanceId(),
          vpc,
          subnet,
          instance.privateIpAddress(),
          instance.publicIpAddress(),
          exposed));
    }
    // One Elastic IP, on the first private instance: it becomes reachable by that address.
    for (int i = 0; i < seeded.size(); i++) {
      var instance = seeded.get(i);
      if (!instance.exposed()) {
        var allocation = ec2.allocateAddress(b -> b.domain("vpc"));
        ec2.associateAddress(
            b -> b.allocationId(allocation.allocationId()).instanceId(instance.instanceId()));
        seeded.set(
            i,
            new SeededInstance(
                instance.accountId(),
                region,
                instance.instanceId(),
                vpc,
                instance.subnetId(),
                instance.privateIp(),
                allocation.publicIp(),
                false));
        break;
      }
    }
    return seeded;
  }

  private static TagSpecification tags(ResourceType type, String name) {
    return TagSpecification.builder()
        .resourceType(type)
        .tags(Tag.builder().key("Name").value(name).build())
        .build();
  }
}
