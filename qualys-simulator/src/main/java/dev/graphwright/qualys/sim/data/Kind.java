package dev.graphwright.qualys.sim.data;

/** Keys that separate the random streams of different record kinds. */
final class Kind {
  static final long HOST_ID_BLOCK = 1;
  static final long HOST = 2;
  static final long HOST_ASSET_ID = 3;
  static final long DETECTION_COUNT = 4;
  static final long DETECTION = 5;
  static final long DETECTION_QIDS = 6;
  static final long HOST_QID_OFFSET = 7;
  static final long VULN = 8;
  static final long WAS_QID_OFFSET = 9;
  static final long WEB_APP_ID_BLOCK = 10;
  static final long WEB_APP = 11;
  static final long FINDING_COUNT = 12;
  static final long FINDING = 13;
  static final long FINDING_ID_OFFSET = 14;
  static final long BASES = 15;
  static final long RESULTS = 16;
  static final long DETECTION_PORT = 17;
  static final long CHURN_HOST = 18;
  static final long CHURN_DETECTION = 19;
  static final long QDS = 20;
  static final long ASSET_GROUP = 21;

  private Kind() {}
}
