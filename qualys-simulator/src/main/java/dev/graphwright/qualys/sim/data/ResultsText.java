package dev.graphwright.qualys.sim.data;

/**
 * The {@code RESULTS} text of a detection: scanner output with tabs, newlines and HTML entities
 * (Qualys escapes some characters inside the CDATA, e.g. {@code doesn&apos;t}).
 */
public final class ResultsText {
  private final long seed;

  ResultsText(long seed) {
    this.seed = seed;
  }

  /** The results of detection {@code d} on host {@code host}. */
  public String of(HostRecord host, DetectionRecord d) {
    var rng = Rng.of(seed, Kind.RESULTS, d.hostIndex(), d.ordinal());
    String name = host.dns() != null ? host.dns() : host.ip();
    return switch (rng.nextInt(5)) {
      case 0 ->
        "Certificate #0 CN=" + name + " (" + name
            + ") doesn&apos;t resolve\nunable to get local\tissuer certificate";
      case 1 ->
        "Package\tInstalled Version\tRequired Version\nopenssl\t1.0.2k-" + rng.between(10, 30)
            + ".el7\t1.0.2k-" + rng.between(31, 40) + ".el7\nkernel\t3.10.0-"
            + rng.between(900, 1160) + "\t3.10.0-1160.102.1";
      case 2 ->
        "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion CurrentBuild = "
            + rng.between(14000, 22631) + "\n%windir%\\System32\\ntoskrnl.exe Version is 10.0."
            + rng.between(14000, 22631) + "." + rng.between(1, 3000);
      case 3 ->
        "CIPHER\tKEY-EXCHANGE\tAUTHENTICATION\tMAC\tENCRYPTION(KEY-STRENGTH)\tGRADE\n"
            + "TLSv1 WITH RC4 CIPHERs IS SUPPORTED\nRC4-SHA\tRSA\tRSA\tSHA1\tRC4(128)\tMEDIUM";
      default ->
        "Server: Apache/2.4." + rng.between(6, 57) + " (Unix) &amp; PHP/7." + rng.nextInt(5)
            + "\nX-Powered-By: &lt;redacted&gt;";
    };
  }
}
