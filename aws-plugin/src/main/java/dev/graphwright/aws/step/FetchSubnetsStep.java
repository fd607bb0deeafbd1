package dev.graphwright.aws.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.aws.client.AwsClients;
import dev.graphwright.aws.schema.AwsTypes;

/** Each region's subnets; their VPC CONTAINS each. */
public final class FetchSubnetsStep implements Step {

  private final AwsClients.Source clients;

  public FetchSubnetsStep(AwsClients.Source clients) {
    this.clients = clients;
  }

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.SUBNETS, "Fetch subnets")
        .dependsOn(StepIds.VPCS)
        .entity(AwsTypes.SUBNET)
        .relationship(AwsTypes.VPC_CONTAINS_SUBNET)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var aws = clients.of(context);
    var account = aws.accountId();
    var state = context.jobState();
    Regions.each(context, aws, "DescribeSubnets", (region, ec2) -> {
      for (var page :
          ec2.describeSubnetsPaginator(b -> b.maxResults(aws.config().pageSize()))) {
        for (var subnet : page.subnets()) {
          var key = AwsTypes.Arns.ec2(region, account, "subnet", subnet.subnetId());
          var properties = Properties.builder()
              .put("subnetId", subnet.subnetId())
              .put("vpcId", subnet.vpcId())
              .put("region", region)
              .put("accountId", account)
              .put("CIDR", subnet.cidrBlock())
              .put("availabilityZone", subnet.availabilityZone())
              .put("mapPublicIpOnLaunch", subnet.mapPublicIpOnLaunch())
              .put("public", Boolean.TRUE.equals(subnet.mapPublicIpOnLaunch()))
              .put("state", subnet.stateAsString());
          Tags.put(properties, subnet.tags(), subnet.subnetId());
          state.addEntity(AwsTypes.SUBNET.entity(key, properties.build()));
          state.addRelationship(AwsTypes.VPC_CONTAINS_SUBNET.relate(
              AwsTypes.Arns.ec2(region, account, "vpc", subnet.vpcId()), key));
          context.progress().advance(1);
        }
        context.progress().page();
      }
    });
  }
}
