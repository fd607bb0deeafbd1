package dev.graphwright.host.console;

/** Whether the user watches a terminal (live progress) or output goes to a file or pipe. */
public final class Terminal {

  private Terminal() {}

  @SuppressWarnings("SystemConsoleNull") // the release is 21, where it can be null
  public static boolean interactive() {
    if ("dumb".equals(System.getenv("TERM")) || System.getenv("GRAPHWRIGHT_PLAIN") != null) {
      return false;
    }
    var console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Console.isTerminal() exists from JDK 22; before that a non-null console means a terminal.
      return (Boolean) console.getClass().getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
