package dev.graphwright.aws.step;

import dev.graphwright.api.Step;
import dev.graphwright.api.StepContext;
import dev.graphwright.api.StepSpec;
import dev.graphwright.api.graph.Properties;
import dev.graphwright.aws.client.AwsClients;
import dev.graphwright.aws.client.AwsErrors;
import dev.graphwright.aws.schema.AwsTypes;
import software.amazon.awssdk.core.exception.SdkException;

/** The account the credentials belong to (STS GetCallerIdentity). */
public final class FetchAccountStep implements Step {

  private final AwsClients.Source clients;

  public FetchAccountStep(AwsClients.Source clients) {
    this.clients = clients;
  }

  @Override
  public StepSpec spec() {
    return StepSpec.builder(StepIds.ACCOUNT, "Fetch the AWS account")
        .entity(AwsTypes.ACCOUNT)
        .build();
  }

  @Override
  public void execute(StepContext context) {
    String accountId;
    try {
      accountId = clients.of(context).accountId();
    } catch (SdkException e) {
      var fatal = AwsErrors.fatalOrNull(e);
      throw fatal != null ? fatal : e;
    }
    context
        .jobState()
        .addEntity(AwsTypes.ACCOUNT.entity(
            AwsTypes.Arns.account(accountId),
            Properties.builder()
                .put("accountId", accountId)
                .put("name", "AWS " + accountId)
                .put("displayName", "AWS " + accountId)
                .put("regions", clients.of(context).config().regions())
                .build()));
    context.progress().advance(1);
  }
}
