package dev.graphwright.api.raw;

import java.util.Objects;
import java.util.TreeMap;

/**
 * What identifies an API request for archiving and replay: method, path and parameters. It never
 * includes headers, so credentials cannot reach the archive through it.
 *
 * @param method the HTTP method
 * @param path the URL path
 * @param parameters query and form parameters, plus a digest of any other body, sorted by name
 */
public record RequestSignature(String method, String path, TreeMap<String, String> parameters) {

  public RequestSignature {
    Objects.requireNonNull(method, "method == null");
    Objects.requireNonNull(path, "path == null");
    parameters = new TreeMap<>(parameters);
  }

  /** A stable one-line form, used as the archive's lookup key. */
  public String canonical() {
    var out = new StringBuilder(method).append(' ').append(path);
    char separator = '?';
    for (var entry : parameters.entrySet()) {
      out.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
      separator = '&';
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return canonical();
  }
}
