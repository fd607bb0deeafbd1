package dev.graphwright.qualys.step;

/** The step ids (those of the earlier integration) and the data sets steps hand on. */
public final class StepIds {

  private StepIds() {}

  public static final String ACCOUNT = "fetch-account";
  public static final String SERVICES = "fetch-services";
  public static final String WEB_APPS = "fetch-scanned-webapps";
  public static final String WEB_APP_FINDINGS = "fetch-scanned-webapp-findings";
  public static final String HOST_IDS = "fetch-scanned-host-ids";
  public static final String HOST_DETAILS = "fetch-scanned-host-details";
  public static final String HOST_DETECTIONS = "fetch-scanned-host-detections";
  public static final String FINDING_VULNS = "fetch-finding-vulns";

  /** Host ids of this run's scan window, ascending (written by {@link #HOST_IDS}). */
  static final String SCANNED_HOST_IDS = "scanned-host-ids";

  /** Web app ids scanned in this run's window (written by {@link #WEB_APPS}). */
  static final String SCANNED_WEB_APP_IDS = "scanned-webapp-ids";
}
