package dev.graphwright.aws.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.aws.client.AwsClients;
import dev.graphwright.aws.schema.AwsTypes;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

/**
 * Each region's security groups with their ingress rules; their VPC HAS each. A group with a rule
 * that admits {@code 0.0.0.0/0} or {@code ::/0} is {@code openToInternet}, with the ports it opens
 * in {@code openToInternetPorts} ({@code tcp:443}, {@code all}).
 */
public final class FetchSecurityGroupsStep implements Step {

  private final AwsClients.Source clients;

  public FetchSecurityGroupsStep(AwsClients.Source clients) {
    this.clients = clients;
  }

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.SECURITY_GROUPS, "Fetch security groups")
        .dependsOn(StepIds.VPCS)
        .entity(AwsTypes.SECURITY_GROUP)
        .relationship(AwsTypes.VPC_HAS_SECURITY_GROUP)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var aws = clients.of(context);
    var account = aws.accountId();
    var state = context.jobState();
    Regions.each(context, aws, "DescribeSecurityGroups", (region, ec2) -> {
      for (var page :
          ec2.describeSecurityGroupsPaginator(b -> b.maxResults(aws.config().pageSize()))) {
        for (var group : page.securityGroups()) {
          var key = AwsTypes.Arns.ec2(region, account, "security-group", group.groupId());
          state.addEntity(AwsTypes.SECURITY_GROUP.entity(key, properties(group, region, account)));
          if (group.vpcId() != null) {
            state.addRelationship(AwsTypes.VPC_HAS_SECURITY_GROUP.relate(
                AwsTypes.Arns.ec2(region, account, "vpc", group.vpcId()), key));
          }
          context.progress().advance(1);
        }
        context.progress().page();
      }
    });
  }

  static java.util.Map<String, Object> properties(
      SecurityGroup group, String region, String account) {
    var rules = new ArrayList<String>();
    var openPorts = new ArrayList<String>();
    for (var permission : group.ipPermissions()) {
      var ports = ports(permission);
      for (var range : permission.ipRanges()) {
        rules.add(ports + " from " + range.cidrIp());
        if ("0.0.0.0/0".equals(range.cidrIp())) {
          openPorts.add(ports);
        }
      }
      for (var range : permission.ipv6Ranges()) {
        rules.add(ports + " from " + range.cidrIpv6());
        if ("::/0".equals(range.cidrIpv6())) {
          openPorts.add(ports);
        }
      }
      for (var pair : permission.userIdGroupPairs()) {
        rules.add(ports + " from " + pair.groupId());
      }
      for (var list : permission.prefixListIds()) {
        rules.add(ports + " from " + list.prefixListId());
      }
    }
    var properties = Properties.builder()
        .put("groupId", group.groupId())
        .put("groupName", group.groupName())
        .put("description", group.description())
        .put("vpcId", group.vpcId())
        .put("region", region)
        .put("accountId", account)
        .put("ingressRules", rules.isEmpty() ? null : List.copyOf(rules))
        .put("openToInternet", !openPorts.isEmpty())
        .put(
            "openToInternetPorts",
            openPorts.isEmpty() ? null : openPorts.stream().distinct().toList());
    Tags.put(properties, group.tags(), group.groupName());
    return properties.build();
  }

  /** {@code tcp:443}, {@code tcp:8000-8080}, {@code icmp}, or {@code all} (protocol -1). */
  private static String ports(IpPermission permission) {
    var protocol = permission.ipProtocol();
    if ("-1".equals(protocol)) {
      return "all";
    }
    var from = permission.fromPort();
    var to = permission.toPort();
    if (from == null || from < 0) {
      return protocol;
    }
    return protocol + ":" + (from.equals(to) ? from.toString() : from + "-" + to);
  }
}
