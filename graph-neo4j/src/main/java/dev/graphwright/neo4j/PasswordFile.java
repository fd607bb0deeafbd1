package dev.graphwright.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded database's password: generated on first use and kept in a file only its owner can
 * read, so Bolt is never open without authentication.
 */
final class PasswordFile {

  private PasswordFile() {}

  /** Reads the password, creating the file with a fresh random password when it is missing. */
  static String readOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file).strip();
      }
      Files.createDirectories(file.getParent());
      var bytes = new byte[24];
      new SecureRandom().nextBytes(bytes);
      var password = HexFormat.of().formatHex(bytes);
      var tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(tmp);
      try {
        Files.createFile(
            tmp,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(tmp);
      }
      Files.writeString(tmp, password + "\n");
      Files.move(tmp, file);
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the password file " + file, e);
    }
  }
}
