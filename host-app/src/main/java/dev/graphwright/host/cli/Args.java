package dev.graphwright.host.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Command-line arguments: {@code --name value}, {@code --name=value}, {@code --flag} and positional
 * words, in any order. Repeatable options keep every value. Unknown options are an error, reported
 * with the command's usage, so a typo never silently does something else.
 */
public final class Args {

  private final List<String> positional = new ArrayList<>();
  private final Map<String, List<String>> options = new LinkedHashMap<>();

  private Args() {}

  /**
   * Parses {@code argv}.
   *
   * @param flags options that take no value
   * @param valued options that take a value
   */
  public static Args parse(List<String> argv, Set<String> flags, Set<String> valued) {
    var args = new Args();
    for (int i = 0; i < argv.size(); i++) {
      var arg = argv.get(i);
      if (arg.equals("--")) {
        args.positional.addAll(argv.subList(i + 1, argv.size()));
        break;
      }
      if (!arg.startsWith("--") || arg.length() == 2) {
        args.positional.add(arg);
        continue;
      }
      var name = arg.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq > 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flags.contains(name)) {
        if (value != null) {
          throw new UsageException("--" + name + " takes no value");
        }
        args.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= argv.size()) {
            throw new UsageException("--" + name + " needs a value");
          }
          value = argv.get(++i);
        }
        args.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return args;
  }

  public List<String> positional() {
    return positional;
  }

  public boolean flag(String name) {
    return options.containsKey(name);
  }

  public Optional<String> value(String name) {
    var values = options.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  public List<String> values(String name) {
    return options.getOrDefault(name, List.of());
  }

  public int intValue(String name, int defaultValue) {
    var value = value(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, got '" + value.get() + "'");
    }
  }
}
