package dev.graphwright.runtime.run;

/** Error text for run records and the console: one line, cause chain included, no stack. */
public final class Errors {

  private Errors() {}

  public static String oneLine(Throwable error) {
    var text = new StringBuilder();
    var seen = new java.util.HashSet<Throwable>();
    for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
      var message = t.getMessage();
      var part = message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
      if (text.indexOf(part) < 0) {
        if (!text.isEmpty()) {
          text.append(" <- ");
        }
        text.append(part);
      }
    }
    return text.toString().replace('\n', ' ').replace('\r', ' ');
  }
}
