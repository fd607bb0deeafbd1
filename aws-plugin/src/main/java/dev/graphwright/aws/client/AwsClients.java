package dev.graphwright.aws.client;

import dev.graphwright.api.HostServices;
import dev.graphwright.api.RunMetrics;
import dev.graphwright.api.StepContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS clients of one run: STS, and EC2 per region, sharing one HTTP client and one credential
 * provider (the SDK's default chain). Throttling and transient errors are retried by the SDK's
 * standard retry mode; every attempt is counted in the run's metrics ({@code requests},
 * {@code retries}, and {@code aws.<Operation>} per call).
 */
public final class AwsClients implements AutoCloseable {

  /** Where steps get the run's clients: one per run, closed when the run ends. */
  public record Source(HostServices services) {
    public AwsClients of(StepContext context) {
      return context.runResource(
          AwsClients.class, r -> new AwsClients(new AwsConfig(r.config()), r.metrics(), services));
    }
  }

  private static final ExecutionAttribute<Integer> ATTEMPT =
      new ExecutionAttribute<>("graphwright.attempt");

  private final AwsConfig config;
  private final SdkHttpClient http;
  private final DefaultCredentialsProvider credentials;
  private final ClientOverrideConfiguration overrides;
  private final Map<String, Ec2Client> ec2 = new ConcurrentHashMap<>();
  private volatile StsClient sts;
  private volatile String accountId;

  public AwsClients(AwsConfig config, RunMetrics metrics, HostServices services) {
    this.config = config;
    this.http = UrlConnectionHttpClient.builder()
        .connectionTimeout(services.connectTimeout())
        .socketTimeout(services.readTimeout())
        .build();
    this.credentials = DefaultCredentialsProvider.builder().build();
    this.overrides = ClientOverrideConfiguration.builder()
        .retryStrategy(RetryMode.STANDARD)
        .addExecutionInterceptor(new Counting(metrics))
        .build();
  }

  public AwsConfig config() {
    return config;
  }

  /** The EC2 client of a region. */
  public Ec2Client ec2(String region) {
    return ec2.computeIfAbsent(region, r -> {
      var builder = Ec2Client.builder()
          .region(Region.of(r))
          .credentialsProvider(credentials)
          .httpClient(http)
          .overrideConfiguration(overrides);
      config.endpoint().ifPresent(builder::endpointOverride);
      return builder.build();
    });
  }

  /** The account the credentials belong to (asked once per run). */
  public String accountId() {
    if (accountId == null) {
      synchronized (this) {
        if (accountId == null) {
          accountId = sts().getCallerIdentity().account();
        }
      }
    }
    return accountId;
  }

  /** The ARN of the identity the credentials belong to. */
  public String callerArn() {
    return sts().getCallerIdentity().arn();
  }

  private StsClient sts() {
    if (sts == null) {
      synchronized (this) {
        if (sts == null) {
          var builder = StsClient.builder()
              .region(Region.of(config.regions().getFirst()))
              .credentialsProvider(credentials)
              .httpClient(http)
              .overrideConfiguration(overrides);
          config.endpoint().ifPresent(builder::endpointOverride);
          sts = builder.build();
        }
      }
    }
    return sts;
  }

  @Override
  public void close() {
    ec2.values().forEach(Ec2Client::close);
    if (sts != null) {
      sts.close();
    }
    credentials.close();
    http.close();
  }

  /** Counts every attempt, retries, and calls per operation. */
  private record Counting(RunMetrics metrics) implements ExecutionInterceptor {
    @Override
    public void beforeTransmission(
        Context.BeforeTransmission context, ExecutionAttributes attributes) {
      int attempt = attributes.getOptionalAttribute(ATTEMPT).orElse(0) + 1;
      attributes.putAttribute(ATTEMPT, attempt);
      metrics.increment(RunMetrics.REQUESTS);
      if (attempt > 1) {
        metrics.increment(RunMetrics.RETRIES);
      } else {
        attributes
            .getOptionalAttribute(SdkExecutionAttribute.OPERATION_NAME)
            .ifPresent(operation -> metrics.increment("aws." + operation));
      }
    }
  }
}
