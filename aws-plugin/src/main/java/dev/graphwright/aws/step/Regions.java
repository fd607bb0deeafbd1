package dev.graphwright.aws.step;

import dev.graphwright.api.StepContext;
import dev.graphwright.api.error.PageException;
import dev.graphwright.aws.client.AwsClients;
import dev.graphwright.aws.client.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Runs a step's work region by region. A region that fails (an outage, a region the account has
 * not enabled, a denied call) is reported as a failed page: the other regions are still written,
 * and the step's types are kept whole, so nothing of that region is deleted. Rejected credentials
 * stop the run.
 */
final class Regions {

  /** The work for one region. */
  interface RegionWork {
    void run(String region, Ec2Client ec2);
  }

  private Regions() {}

  static void each(StepContext context, AwsClients clients, String what, RegionWork work) {
    for (var region : clients.config().regions()) {
      try {
        work.run(region, clients.ec2(region));
      } catch (SdkException e) {
        var fatal = AwsErrors.fatalOrNull(e);
        if (fatal != null) {
          throw fatal;
        }
        context.reportPageFailure(
            what + " in " + region, new PageException(AwsErrors.describe(e), e));
      }
    }
  }
}
