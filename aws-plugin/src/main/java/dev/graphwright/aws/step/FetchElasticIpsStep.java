package dev.graphwright.aws.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.aws.client.AwsClients;
import dev.graphwright.aws.schema.AwsTypes;

/** Each region's Elastic IPs; the instance an address is associated with USES it. */
public final class FetchElasticIpsStep implements Step {

  private final AwsClients.Source clients;

  public FetchElasticIpsStep(AwsClients.Source clients) {
    this.clients = clients;
  }

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.ELASTIC_IPS, "Fetch Elastic IPs")
        .dependsOn(StepIds.INSTANCES)
        .entity(AwsTypes.ELASTIC_IP)
        .relationship(AwsTypes.INSTANCE_USES_ELASTIC_IP)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    var aws = clients.of(context);
    var account = aws.accountId();
    var state = context.jobState();
    // DescribeAddresses has no paging: an account holds a few Elastic IPs per region.
    Regions.each(context, aws, "DescribeAddresses", (region, ec2) -> {
      for (var address : ec2.describeAddresses().addresses()) {
        var id = address.allocationId() != null ? address.allocationId() : address.publicIp();
        var key = AwsTypes.Arns.ec2(region, account, "elastic-ip", id);
        state.addEntity(AwsTypes.ELASTIC_IP.entity(
            key,
            Properties.builder()
                .put("allocationId", id)
                .put("publicIp", address.publicIp())
                .put("privateIpAddress", address.privateIpAddress())
                .put("instanceId", address.instanceId())
                .put("associationId", address.associationId())
                .put("domain", address.domainAsString())
                .put("region", region)
                .put("accountId", account)
                .put("name", address.publicIp())
                .put("displayName", address.publicIp())
                .build()));
        if (address.instanceId() != null) {
          state.addRelationship(AwsTypes.INSTANCE_USES_ELASTIC_IP.relate(
              AwsTypes.Arns.ec2(region, account, "instance", address.instanceId()), key));
        }
        context.progress().advance(1);
      }
      context.progress().page();
    });
  }
}
