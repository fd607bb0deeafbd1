package dev.graphwright.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.aws.emulator.SeededInstance;
import dev.graphwright.qualys.QualysIntegration;
import dev.graphwright.qualys.sim.QualysSimulator;
import dev.graphwright.qualys.sim.SimulatorOptions;
import dev.graphwright.qualys.sim.data.KnownEc2Instance;
import dev.graphwright.test.IntegrationTester;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Qualys and AWS in one graph, in either order: the Qualys hosts that are the seeded EC2 instances
 * end up linked to the AWS integration's own nodes, never to placeholders.
 */
class CrossIntegrationTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final int PER_REGION = 3;

  private List<SeededInstance> seeded;
  private QualysSimulator simulator;

  @BeforeEach
  void start() {
    seeded = Moto.reseed(PER_REGION);
    var known = seeded.stream()
        .map(i -> new KnownEc2Instance(
            i.accountId(), i.region(), i.instanceId(), i.privateIp(), i.publicIp()))
        .toList();
    simulator = QualysSimulator.start(SimulatorOptions.builder()
        .port(0)
        .seed(5)
        .now(NOW)
        .hosts(40)
        .detectionsPerHost(3)
        .qids(30)
        .webApps(1)
        .findingsPerWebApp(1)
        .concurrencyLimit(0)
        .rateLimit(0)
        .ec2Instances(known)
        .build());
  }

  @AfterEach
  void stop() {
    simulator.stop();
  }

  @Test
  void qualysThenAwsTheAwsInstancesAdoptTheQualysPlaceholders() {
    var qualys = qualys();
    qualys.run().assertSucceeded();
    for (var instance : seeded) {
      qualys
          .graph()
          .mapped("qualys_vulnerability_manager_scans_aws_instance", "qualys-service:vmdr");
      assertEquals(
          1,
          qualys
              .graph()
              .count(
                  "MATCH (p:Placeholder:aws_instance {_key: $arn}) RETURN count(p)",
                  Map.of("arn", instance.arn())),
          "a placeholder until AWS runs: " + instance.arn());
    }

    var aws = Moto.tester();
    aws.run().assertSucceeded();
    assertLinkedToOwnedInstances(qualys, aws);
  }

  @Test
  void awsThenQualysTheQualysHostsResolveToTheOwnedInstances() {
    var aws = Moto.tester();
    aws.run().assertSucceeded();
    var qualys = qualys();
    var run = qualys.run().assertSucceeded();
    assertEquals(
        seeded.size(),
        run.mapping("qualys_vulnerability_manager_scans_aws_instance").toEntities()
            + run.mapping("qualys_vulnerability_manager_scans_discovered_host").toEntities(),
        "every seeded instance resolved to an owned node");
    assertLinkedToOwnedInstances(qualys, aws);
  }

  private void assertLinkedToOwnedInstances(IntegrationTester qualys, IntegrationTester aws) {
    for (var instance : seeded) {
      var parameters = Map.of("arn", instance.arn(), "aws", aws.instanceId());
      assertEquals(
          0,
          qualys.graph().count("MATCH (p:Placeholder {_key: $arn}) RETURN count(p)", parameters),
          "no placeholder: " + instance.arn());
      assertEquals(
          1,
          qualys
              .graph()
              .count(
                  "MATCH (:qualys_vulnerability_manager {_instanceId: $instance})-[:SCANS {_instanceId: $instance}]->"
                      + "(i:aws_instance {_key: $arn, _instanceId: $aws}) WHERE NOT i:Placeholder RETURN count(i)",
                  parameters),
          "VMDR SCANS the owned instance " + instance.arn());
      assertEquals(
          1,
          qualys
              .graph()
              .count(
                  "MATCH (:qualys_vulnerability_manager {_instanceId: $instance})-[:DISCOVERED {_instanceId: $instance}]->"
                      + "(i:aws_instance {_key: $arn, _instanceId: $aws}) RETURN count(i)",
                  parameters));
    }
    long findings = qualys
        .graph()
        .count(
            "MATCH (i:aws_instance {_instanceId: $aws})-[:HAS {_instanceId: $instance}]->(f:qualys_host_finding)"
                + " RETURN count(f)",
            Map.of("aws", aws.instanceId()));
    assertTrue(findings > 0, "the instances HAVE their Qualys findings");
    assertEquals(
        0,
        qualys
            .graph()
            .count(
                "MATCH (i:aws_instance {_instanceId: $aws})-[:HAS]->(f:qualys_host_finding {_instanceId: $instance})"
                    + " WHERE f.ec2InstanceArn <> i._key RETURN count(f)",
                Map.of("aws", aws.instanceId())),
        "each finding on its own instance");
  }

  private IntegrationTester qualys() {
    return IntegrationTester.of(QualysIntegration.class)
        .config("qualysApiUrl", simulator.baseUrl())
        .config("qualysUsername", simulator.options().username())
        .config("qualysPassword", simulator.options().password())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }
}
