package dev.graphwright.aws.step;

/** The AWS steps' ids. */
public final class StepIds {
  public static final String ACCOUNT = "fetch-account";
  public static final String VPCS = "fetch-vpcs";
  public static final String SUBNETS = "fetch-subnets";
  public static final String SECURITY_GROUPS = "fetch-security-groups";
  public static final String INSTANCES = "fetch-instances";
  public static final String ELASTIC_IPS = "fetch-elastic-ips";

  private StepIds() {}
}
