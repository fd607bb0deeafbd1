package dev.graphwright.aws;

import dev.graphwright.aws.emulator.AccountSeeder;
import dev.graphwright.aws.emulator.MotoServer;
import dev.graphwright.aws.emulator.SeededInstance;
import dev.graphwright.test.IntegrationTester;
import java.util.List;

/**
 * One moto server per test JVM (a real implementation of the EC2 and STS APIs), reset and seeded
 * by each test class. Without moto_server the tests fail and say how to install it: they are never
 * skipped.
 */
final class Moto {

  static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");

  private static MotoServer server;

  private Moto() {}

  static synchronized MotoServer server() {
    if (server == null) {
      if (!MotoServer.available()) {
        throw new IllegalStateException(MotoServer.INSTALL_HINT);
      }
      server = MotoServer.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "moto-stop"));
    }
    return server;
  }

  /** An empty account, then seeded with this many instances per region. */
  static synchronized List<SeededInstance> reseed(int instancesPerRegion) {
    server().reset();
    return new AccountSeeder(server().endpoint()).seed(REGIONS, instancesPerRegion);
  }

  /** The AWS integration pointed at moto (through {@code endpoint}, e.g. a fault proxy). */
  static IntegrationTester tester(String endpoint) {
    return IntegrationTester.of(AwsIntegration.class)
        .config("AWS_REGIONS", String.join(",", REGIONS))
        .config("AWS_ENDPOINT_URL", endpoint)
        .config("AWS_PAGE_SIZE", "5");
  }

  static IntegrationTester tester() {
    return tester(server().endpoint().toString());
  }
}
