package dev.graphwright.aws.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.aws.client.AwsClients;
import dev.graphwright.aws.schema.AwsTypes;

/** Each region's VPCs; the account HAS each. */
public final class FetchVpcsStep implements Step {

  private final AwsClients.Source clients;

  public FetchVpcsStep(AwsClients.Source clients) {
    this.clients = clients;
  }

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.VPCS, "Fetch VPCs")
        .dependsOn(StepIds.ACCOUNT)
        .entity(AwsTypes.VPC)
        .relationship(AwsTypes.ACCOUNT_HAS_VPC)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var aws = clients.of(context);
    var account = aws.accountId();
    var state = context.jobState();
    Regions.each(context, aws, "DescribeVpcs", (region, ec2) -> {
      for (var page : ec2.describeVpcsPaginator(b -> b.maxResults(aws.config().pageSize()))) {
        for (var vpc : page.vpcs()) {
          var key = AwsTypes.Arns.ec2(region, account, "vpc", vpc.vpcId());
          var properties = Properties.builder()
              .put("vpcId", vpc.vpcId())
              .put("region", region)
              .put("accountId", account)
              .put("CIDR", vpc.cidrBlock())
              .put("defaultVpc", vpc.isDefault())
              .put("state", vpc.stateAsString());
          Tags.put(properties, vpc.tags(), vpc.vpcId());
          state.addEntity(AwsTypes.VPC.entity(key, properties.build()));
          state.addRelationship(
              AwsTypes.ACCOUNT_HAS_VPC.relate(AwsTypes.Arns.account(account), key));
          context.progress().advance(1);
        }
        context.progress().page();
      }
    });
  }
}
