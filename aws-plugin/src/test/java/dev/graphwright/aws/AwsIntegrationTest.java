package dev.graphwright.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.graphwright.aws.emulator.AccountSeeder;
import dev.graphwright.aws.emulator.MotoServer;
import dev.graphwright.aws.emulator.SeededInstance;
import dev.graphwright.aws.schema.AwsTypes;
import dev.graphwright.aws.step.StepIds;
import dev.graphwright.test.Conformance;
import dev.graphwright.test.FaultProxy;
import dev.graphwright.test.HttpFault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The AWS integration against moto: what it writes, paging, a failing region, stale data. */
class AwsIntegrationTest {

  private static final int PER_REGION = 7;
  private static List<SeededInstance> seeded;

  @BeforeAll
  static void seed() {
    seeded = Moto.reseed(PER_REGION);
  }

  @Test
  void conforms() {
    Conformance.of(Moto.tester()).check().assertConforms();
  }

  @Test
  void writesEveryInstanceAsAHostKeyedByItsArnWithItsNetworkAndExposure() {
    var tester = Moto.tester();
    var run = tester.run().assertSucceeded().assertNoUndeclaredTypes();
    var graph = tester.graph();
    assertEquals(2 * PER_REGION, run.entities(AwsTypes.INSTANCE.type()));
    for (var instance : seeded) {
      var node =
          graph.node(instance.arn()).orElseThrow(() -> new AssertionError("no " + instance.arn()));
      assertEquals(instance.instanceId(), node.get("instanceId"));
      assertEquals(instance.region(), node.get("region"));
      assertEquals(instance.privateIp(), node.get("privateIpAddress"));
      assertEquals(instance.publicIp(), node.get("publicIpAddress"), instance.toString());
      assertEquals("running", node.get("state"));
      assertEquals("platform-team", node.get("tag.Owner"));
      assertTrue(((List<?>) node.get("__labels")).contains("Host"));
      assertEquals(
          instance.exposed() && instance.publicIp() != null,
          node.get("exposedToInternet"),
          instance.toString());
      assertEquals(
          1,
          graph.count(
              "MATCH (s:aws_subnet {_instanceId: $instance, subnetId: $subnet})-[:HAS]->"
                  + "(i:aws_instance {_instanceId: $instance, _key: $arn}) RETURN count(*)",
              Map.of("subnet", instance.subnetId(), "arn", instance.arn())));
      assertEquals(
          1,
          graph.count(
              "MATCH (a:aws_account {_instanceId: $instance, accountId: $account})-[:HAS]->(v:aws_vpc {vpcId: $vpc})"
                  + "-[:CONTAINS]->(s:aws_subnet {subnetId: $subnet}) RETURN count(*)",
              Map.of(
                  "account",
                  MotoServer.ACCOUNT_ID,
                  "vpc",
                  instance.vpcId(),
                  "subnet",
                  instance.subnetId())));
    }
    assertEquals(
        PER_REGION / 2 + 1,
        graph.count(
            "MATCH (g:aws_security_group {_instanceId: $instance, groupName: 'web', region: 'us-east-1'})"
                + "-[p:PROTECTS {openToInternet: true}]->(i:aws_instance) RETURN count(i)"));
    assertEquals(
        List.of("tcp:443", "tcp:22"),
        graph
            .column(
                "MATCH (g:aws_security_group {_instanceId: $instance, groupName: 'web', region: 'eu-west-1'})"
                    + " RETURN g.openToInternetPorts")
            .getFirst());
    assertEquals(
        0,
        graph.count("MATCH (g:aws_security_group {_instanceId: $instance, groupName: 'internal'})"
            + " WHERE g.openToInternet RETURN count(g)"));
    assertEquals(
        2,
        graph.count(
            "MATCH (i:aws_instance {_instanceId: $instance})-[:USES]->(e:aws_eip) WHERE e.publicIp = i.publicIpAddress"
                + " RETURN count(e)"),
        "one Elastic IP per region, on the instance that carries it");
  }

  @Test
  void pagesThroughInstancesWithNextToken() {
    var run = Moto.tester().run().assertSucceeded();
    // 7 instances per region, 5 per page: 2 pages in each of the 2 regions.
    assertEquals(
        4L,
        run.record().metrics().get("aws.DescribeInstances"),
        run.record().metrics().toString());
    assertEquals(2 * PER_REGION, run.entities(AwsTypes.INSTANCE.type()));
  }

  @Test
  void throttlingIsRetriedByTheSdkAndTheRunCompletes() {
    var throttled =
        "<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded."
            + "</Message></Error></Errors><RequestID>t-1</RequestID></Response>";
    try (var proxy = FaultProxy.inFrontOf(Moto.server().endpoint().toString())) {
      // The next two EC2 calls are throttled; the SDK's standard mode tries each call 3 times.
      proxy.injectWhereHeader(
          "/.*", "Authorization", "/ec2/aws4_request", 2, HttpFault.status(503, throttled));
      var tester = Moto.tester(proxy.baseUrl());
      var run = tester.run().assertSucceeded();
      assertEquals(2, proxy.faultsServed());
      assertTrue(run.record().retries() >= 2, "retried: " + run.record().retries());
      assertEquals(2 * PER_REGION, run.entities(AwsTypes.INSTANCE.type()));
    }
  }

  @Test
  void aFailingRegionFailsOnlyItsPartAndDeletesNothing() {
    var tester = Moto.tester();
    tester.run().assertSucceeded();
    long before = tester.graph().entities(AwsTypes.INSTANCE.type());
    try (var proxy = FaultProxy.inFrontOf(Moto.server().endpoint().toString())) {
      proxy.injectWhereHeader(
          "/.*", "Authorization", "/eu-west-1/", 1000, HttpFault.status(503, ""));
      var run = tester.config("AWS_ENDPOINT_URL", proxy.baseUrl()).run();
      assertEquals(1, run.exitCode(), "a step lost a region: exit 1");
      assertEquals("PARTIAL", run.stepStatus(StepIds.VPCS));
      assertTrue(
          run.stepStatus(StepIds.INSTANCES).startsWith("PARTIAL"),
          run.stepStatus(StepIds.INSTANCES));
      assertTrue(
          run.step(StepIds.INSTANCES).pageFailureSamples().getFirst().contains("eu-west-1"),
          run.step(StepIds.INSTANCES).pageFailureSamples().toString());
      assertEquals(
          0,
          run.record().deleted().values().stream().mapToLong(Long::longValue).sum(),
          "nothing deleted: " + run.record().deleted());
      assertEquals(before, tester.graph().entities(AwsTypes.INSTANCE.type()));
      assertTrue(run.record().retries() > 0, "the SDK retried the 503s");
    }
  }

  @Test
  void anInstanceThatDisappearsIsDeletedOnlyWhenItsStepSucceeded() {
    var tester = Moto.tester();
    tester.run().assertSucceeded();
    var gone = seeded.get(1);
    var seeder = new AccountSeeder(Moto.server().endpoint());
    try (var ec2 = seeder.ec2(gone.region())) {
      ec2.terminateInstances(b -> b.instanceIds(gone.instanceId()));
    }
    try {
      // Terminated instances stay listed for a while, as in AWS: the node records the state.
      tester.run().assertSucceeded();
      assertEquals("terminated", tester.graph().node(gone.arn()).orElseThrow().get("state"));

      // Gone from the API: deleted, but only by a run whose instance step succeeded.
      tester.config("AWS_REGIONS", "us-east-1");
      tester.failStep(StepIds.INSTANCES);
      assertEquals(1, tester.run().exitCode());
      assertEquals(2 * PER_REGION, tester.graph().entities(AwsTypes.INSTANCE.type()));
      tester.failStep(null);
      var run = tester.run().assertSucceeded();
      assertEquals(
          PER_REGION, run.deleted(AwsTypes.INSTANCE.type()), "eu-west-1's instances are gone");
      assertEquals("terminated", tester.graph().node(gone.arn()).orElseThrow().get("state"));
      var euWest = seeded.get(PER_REGION);
      assertEquals("eu-west-1", euWest.region());
      assertTrue(tester.graph().node(euWest.arn()).isEmpty(), "deleted: " + euWest.arn());
    } finally {
      seeded = Moto.reseed(PER_REGION);
    }
  }
}
