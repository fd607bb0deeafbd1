package dev.graphwright.aws.schema;

import dev.graphwright.api.graph.EntityType;
import dev.graphwright.api.graph.RelationshipType;

/**
 * Every type of the AWS graph, named once. Types, classes and keys follow JupiterOne's AWS
 * integration, so queries written for it (and other integrations' mapped relationships, such as a
 * Qualys host's link to its EC2 instance by ARN) work here: resources are keyed by their ARN.
 */
public final class AwsTypes {

  private AwsTypes() {}

  public static final EntityType ACCOUNT = EntityType.of(
          "aws_account", "Account", "the AWS account the credentials belong to")
      .withProperties("accountId");
  public static final EntityType VPC =
      EntityType.of("aws_vpc", "Network", "a VPC").withProperties("vpcId", "region", "CIDR");
  public static final EntityType SUBNET = EntityType.of(
          "aws_subnet", "Network", "a subnet of a VPC")
      .withProperties("subnetId", "vpcId", "region", "CIDR");
  public static final EntityType SECURITY_GROUP = EntityType.of(
          "aws_security_group",
          "Firewall",
          "a security group, with its ingress rules and whether one admits the whole internet")
      .withProperties("groupId", "vpcId", "region", "openToInternet");
  public static final EntityType INSTANCE = EntityType.of("aws_instance", "Host", "an EC2 instance")
      .withProperties("instanceId", "region", "state", "privateIpAddress", "exposedToInternet");
  public static final EntityType ELASTIC_IP = EntityType.of(
          "aws_eip", "IpAddress", "an Elastic IP address")
      .withProperties("allocationId", "publicIp", "region");

  public static final RelationshipType ACCOUNT_HAS_VPC =
      RelationshipType.of("aws_account_has_vpc", "HAS", ACCOUNT.type(), VPC.type());
  public static final RelationshipType VPC_CONTAINS_SUBNET =
      RelationshipType.of("aws_vpc_contains_subnet", "CONTAINS", VPC.type(), SUBNET.type());
  public static final RelationshipType VPC_HAS_SECURITY_GROUP =
      RelationshipType.of("aws_vpc_has_security_group", "HAS", VPC.type(), SECURITY_GROUP.type());
  public static final RelationshipType SUBNET_HAS_INSTANCE =
      RelationshipType.of("aws_subnet_has_instance", "HAS", SUBNET.type(), INSTANCE.type());
  public static final RelationshipType SECURITY_GROUP_PROTECTS_INSTANCE = RelationshipType.of(
      "aws_security_group_protects_instance", "PROTECTS", SECURITY_GROUP.type(), INSTANCE.type());
  public static final RelationshipType INSTANCE_USES_ELASTIC_IP =
      RelationshipType.of("aws_instance_uses_eip", "USES", INSTANCE.type(), ELASTIC_IP.type());

  /** ARNs: the keys of AWS resources. */
  public static final class Arns {
    private Arns() {}

    public static String account(String accountId) {
      return "aws_account:" + accountId;
    }

    public static String ec2(String region, String accountId, String resource, String id) {
      return "arn:aws:ec2:" + region + ":" + accountId + ":" + resource + "/" + id;
    }
  }
}
