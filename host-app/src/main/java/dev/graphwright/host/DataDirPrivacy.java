package dev.graphwright.host;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data directory holds the graph, its transaction logs, Neo4j's logs and the raw API
 * responses: every host's vulnerabilities. It is made readable by its owner only (directories
 * 0700, files 0600), like the raw archive; an existing directory that others can read is reported,
 * with the command that closes it.
 */
public final class DataDirPrivacy {

  private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private DataDirPrivacy() {}

  /**
   * Creates the data directory owner-only, or warns when an existing one is open to others.
   *
   * @return whether this call created the directory (so that {@link #tighten} may close what
   *     Neo4j created inside it with the process's umask; the launcher's umask 077 makes that a
   *     no-op, and an existing directory is not walked on every command)
   */
  public static boolean secure(Path dataDir, PrintStream err) {
    if (!posix(dataDir)) {
      return false;
    }
    try {
      if (!Files.exists(dataDir)) {
        Files.createDirectories(dataDir);
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        return true;
      }
      var permissions = Files.getPosixFilePermissions(dataDir);
      if (permissions.stream().anyMatch(OTHERS::contains)) {
        err.println("warning: the data directory " + dataDir + " is open to other users ("
            + PosixFilePermissions.toString(permissions) + "); it holds every host's"
            + " vulnerabilities: chmod -R go-rwx " + dataDir);
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
    }
  }

  /** Removes group and other permissions from everything under an owner-only data directory. */
  public static void tighten(Path dataDir) {
    if (!Files.isDirectory(dataDir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dataDir)) {
      paths.forEach(DataDirPrivacy::ownerOnly);
    } catch (IOException | UncheckedIOException e) {
      // A file that vanished while walking (Neo4j rotates logs) is fine: best effort.
    }
  }

  private static void ownerOnly(Path path) {
    try {
      if (Files.isSymbolicLink(path)) {
        return;
      }
      var permissions = Files.getPosixFilePermissions(path);
      if (permissions.removeAll(OTHERS)) {
        Files.setPosixFilePermissions(path, permissions);
      }
    } catch (IOException e) {
      // Vanished or not ours: leave it.
    }
  }

  private static boolean posix(Path dir) {
    var existing = dir.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null
        && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
