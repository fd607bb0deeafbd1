package dev.graphwright.aws.client;

import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.config.Validators;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The AWS integration's config. Credentials are not config: they come from the AWS SDK's default
 * provider chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, AWS_PROFILE and
 * the shared config files, web identity, container and instance roles), so they are never logged,
 * stored or shown.
 */
public final class AwsConfig {

  static final String REGIONS = "awsRegions";
  static final String ENDPOINT = "awsEndpointUrl";
  static final String PAGE_SIZE = "awsPageSize";

  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  public static List<ConfigField> fields() {
    return List.of(
        ConfigField.optional(
                REGIONS, "AWS_REGIONS", "regions to ingest, comma-separated", "us-east-1")
            .validatedBy(AwsConfig::checkRegions),
        ConfigField.optional(
                ENDPOINT,
                "AWS_ENDPOINT_URL",
                "send every AWS call to this URL instead of AWS (an emulator such as moto); the"
                    + " AWS SDK's own variable",
                "")
            .validatedBy(AwsConfig::checkEndpoint),
        ConfigField.optional(
                PAGE_SIZE, "AWS_PAGE_SIZE", "items per page of the EC2 describe calls", "500")
            .validatedBy(Validators.integerBetween(5, 1000)));
  }

  private final List<String> regions;
  private final Optional<URI> endpoint;
  private final int pageSize;

  public AwsConfig(IntegrationConfig config) {
    this.regions = Validators.splitList(config.get(REGIONS));
    var endpoint = config.find(ENDPOINT).filter(s -> !s.isBlank());
    this.endpoint = endpoint.map(URI::create);
    this.pageSize = config.getInt(PAGE_SIZE);
  }

  public List<String> regions() {
    return regions;
  }

  public Optional<URI> endpoint() {
    return endpoint;
  }

  public int pageSize() {
    return pageSize;
  }

  private static Optional<String> checkRegions(String value) {
    var regions = Validators.splitList(value);
    if (regions.isEmpty()) {
      return Optional.of("names no region");
    }
    for (var region : regions) {
      if (!REGION.matcher(region).matches()) {
        return Optional.of("'" + region + "' is not a region name such as us-east-1");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> checkEndpoint(String value) {
    if (value.isBlank()) {
      return Optional.empty();
    }
    try {
      var uri = URI.create(value.strip());
      if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
        return Optional.of("must be an http(s) URL, got '" + value + "'");
      }
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of("must be an http(s) URL, got '" + value + "'");
    }
  }
}
