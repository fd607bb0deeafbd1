package dev.graphwright.aws;

import dev.graphwright.api.HostServices;
import dev.graphwright.api.Integration;
import dev.graphwright.api.InvocationContext;
import dev.graphwright.api.Step;
import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.error.ConfigException;
import dev.graphwright.aws.client.AwsClients;
import dev.graphwright.aws.client.AwsConfig;
import dev.graphwright.aws.client.AwsErrors;
import dev.graphwright.aws.step.FetchAccountStep;
import dev.graphwright.aws.step.FetchElasticIpsStep;
import dev.graphwright.aws.step.FetchInstancesStep;
import dev.graphwright.aws.step.FetchSecurityGroupsStep;
import dev.graphwright.aws.step.FetchSubnetsStep;
import dev.graphwright.aws.step.FetchVpcsStep;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The AWS integration: the account, and per configured region its VPCs, subnets, security groups
 * (with the ingress rules that admit the internet), EC2 instances and Elastic IPs. EC2 instances
 * are Hosts keyed by their ARN, so the hosts other integrations map (a Qualys host by public IP or
 * EC2 ARN) resolve to them, and their placeholders are adopted.
 */
@Extension
public final class AwsIntegration implements Integration {

  private final HostServices services;
  private final AwsClients.Source clients;

  @Inject
  public AwsIntegration(HostServices services) {
    this.services = services;
    this.clients = new AwsClients.Source(services);
  }

  @Override
  public String id() {
    return "aws";
  }

  @Override
  public String displayName() {
    return "AWS";
  }

  @Override
  public String description() {
    return "The AWS account's VPCs, subnets, security groups, EC2 instances and Elastic IPs in the"
        + " configured regions, through the AWS SDK (credentials from its default chain).";
  }

  @Override
  public List<ConfigField> configFields() {
    return AwsConfig.fields();
  }

  @Override
  public List<Step> steps() {
    return List.of(
        new FetchAccountStep(clients),
        new FetchVpcsStep(clients),
        new FetchSubnetsStep(clients),
        new FetchSecurityGroupsStep(clients),
        new FetchInstancesStep(clients),
        new FetchElasticIpsStep(clients));
  }

  @Override
  public List<String> validateInvocation(InvocationContext context) {
    var config = new AwsConfig(context.config());
    var lines = new ArrayList<String>();
    try (var clients = new AwsClients(config, context.metrics(), services)) {
      try {
        lines.add("credentials of " + clients.callerArn() + " accepted (account "
            + clients.accountId() + ")");
      } catch (SdkException e) {
        var fatal = AwsErrors.fatalOrNull(e);
        throw fatal != null
            ? fatal
            : new ConfigException("cannot reach AWS STS: " + AwsErrors.describe(e));
      }
      config.endpoint().ifPresent(e -> lines.add("endpoint override: " + e));
      for (var region : config.regions()) {
        try {
          clients.ec2(region).describeAvailabilityZones(b -> b.allAvailabilityZones(false));
          lines.add("region " + region + " answers");
        } catch (SdkException e) {
          var fatal = AwsErrors.fatalOrNull(e);
          if (fatal != null) {
            throw fatal;
          }
          // One region's outage fails only that region's part of the steps.
          lines.add("region " + region + " does not answer (" + AwsErrors.describe(e) + ")");
        }
      }
    }
    return lines;
  }
}
