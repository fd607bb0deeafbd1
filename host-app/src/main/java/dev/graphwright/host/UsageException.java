package dev.graphwright.host;

/** The command line is wrong; the message says how. Exit code 2, with the command's usage. */
public final class UsageException extends RuntimeException {

  public UsageException(String message) {
    super(message);
  }
}
