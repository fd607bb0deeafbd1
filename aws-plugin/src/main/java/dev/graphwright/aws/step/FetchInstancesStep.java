package dev.graphwright.aws.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.aws.client.AwsClients;
import dev.graphwright.aws.schema.AwsTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.Instance;

/**
 * Each region's EC2 instances, as Hosts keyed by their ARN: their subnet HAS each, and each of
 * their security groups PROTECTS it ({@code openToInternet} on the relationship when that group
 * admits the internet). An instance with a public address behind such a group is {@code
 * exposedToInternet}.
 */
public final class FetchInstancesStep implements Step {

  private final AwsClients.Source clients;

  public FetchInstancesStep(AwsClients.Source clients) {
    this.clients = clients;
  }

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.INSTANCES, "Fetch EC2 instances")
        .dependsOn(StepIds.SUBNETS, StepIds.SECURITY_GROUPS)
        .entity(AwsTypes.INSTANCE)
        .relationship(AwsTypes.SUBNET_HAS_INSTANCE)
        .relationship(AwsTypes.SECURITY_GROUP_PROTECTS_INSTANCE)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var aws = clients.of(context);
    var account = aws.accountId();
    var state = context.jobState();
    var openGroups = openGroups(context);
    Regions.each(context, aws, "DescribeInstances", (region, ec2) -> {
      for (var page :
          ec2.describeInstancesPaginator(b -> b.maxResults(aws.config().pageSize()))) {
        for (var reservation : page.reservations()) {
          for (var instance : reservation.instances()) {
            var key = AwsTypes.Arns.ec2(region, account, "instance", instance.instanceId());
            var groupKeys = new ArrayList<String>();
            instance
                .securityGroups()
                .forEach(g -> groupKeys.add(
                    AwsTypes.Arns.ec2(region, account, "security-group", g.groupId())));
            boolean open = groupKeys.stream().anyMatch(openGroups::contains);
            state.addEntity(
                AwsTypes.INSTANCE.entity(key, properties(instance, region, account, open)));
            if (instance.subnetId() != null) {
              state.addRelationship(AwsTypes.SUBNET_HAS_INSTANCE.relate(
                  AwsTypes.Arns.ec2(region, account, "subnet", instance.subnetId()), key));
            }
            for (var group : groupKeys) {
              state.addRelationship(AwsTypes.SECURITY_GROUP_PROTECTS_INSTANCE.relate(
                  group, key, Map.of("openToInternet", openGroups.contains(group))));
            }
            context.progress().advance(1);
          }
        }
        context.progress().page();
      }
    });
  }

  // Only the groups open to the internet: few, whatever the account's size.
  private static Set<String> openGroups(StepContext context) {
    var open = new HashSet<String>();
    context.jobState().iterateEntities(AwsTypes.SECURITY_GROUP.type(), group -> {
      if (Boolean.TRUE.equals(group.properties().get("openToInternet"))) {
        open.add(group.key());
      }
    });
    return open;
  }

  static Map<String, Object> properties(
      Instance instance, String region, String account, boolean openGroup) {
    var privateIps = new ArrayList<String>();
    var publicIps = new ArrayList<String>();
    var interfaces = new ArrayList<String>();
    for (var networkInterface : instance.networkInterfaces()) {
      interfaces.add(networkInterface.networkInterfaceId());
      for (var address : networkInterface.privateIpAddresses()) {
        privateIps.add(address.privateIpAddress());
        if (address.association() != null && address.association().publicIp() != null) {
          publicIps.add(address.association().publicIp());
        }
      }
    }
    if (instance.publicIpAddress() != null && !publicIps.contains(instance.publicIpAddress())) {
      publicIps.addFirst(instance.publicIpAddress());
    }
    var state = instance.state() == null ? null : instance.state().nameAsString();
    var properties = Properties.builder()
        .put("instanceId", instance.instanceId())
        .put("region", region)
        .put("accountId", account)
        .put(
            "availabilityZone",
            instance.placement() == null ? null : instance.placement().availabilityZone())
        .put("state", state)
        .put("active", "running".equals(state))
        .put("instanceType", instance.instanceTypeAsString())
        .put("imageId", instance.imageId())
        .put("platform", instance.platformDetails())
        .put("vpcId", instance.vpcId())
        .put("subnetId", instance.subnetId())
        .put("privateIpAddress", instance.privateIpAddress())
        .put("publicIpAddress", instance.publicIpAddress())
        .put("privateIpAddresses", privateIps.isEmpty() ? null : privateIps)
        .put("publicIpAddresses", publicIps.isEmpty() ? null : publicIps)
        .put("privateDnsName", blankToNull(instance.privateDnsName()))
        .put("publicDnsName", blankToNull(instance.publicDnsName()))
        .put("networkInterfaceIds", interfaces.isEmpty() ? null : interfaces)
        .put(
            "securityGroupIds",
            instance.securityGroups().stream().map(g -> g.groupId()).toList())
        .put(
            "launchTime",
            instance.launchTime() == null ? null : instance.launchTime().toEpochMilli())
        .put("exposedToInternet", openGroup && !publicIps.isEmpty());
    Tags.put(properties, instance.tags(), instance.instanceId());
    return properties.build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
