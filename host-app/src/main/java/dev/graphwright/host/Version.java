package dev.graphwright.host;

/** The application's version, from the jar manifest (or {@code dev} when run from classes). */
public final class Version {

  private Version() {}

  public static String current() {
    var version = Version.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
