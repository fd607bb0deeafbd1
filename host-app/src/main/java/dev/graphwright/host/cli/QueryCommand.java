package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.host.graph.ResultFormatter;
import dev.graphwright.host.graph.SavedQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;

/** {@code query}: runs Cypher from the command line, a file, or the saved queries. */
public final class QueryCommand implements Command {

  @Override
  public String name() {
    return "query";
  }

  @Override
  public String summary() {
    return "run Cypher (text, a .cypher file, or a saved query) and print the result";
  }

  @Override
  public String help() {
    return """
        usage: host-app query <cypher | file.cypher | saved-query-name> [options]
               host-app query --list

        Runs one Cypher statement against the graph and prints the result. The argument is
        Cypher text, a path to a .cypher file, or the name of a saved query in cypher/queries
        (e.g. hosts-with-open-critical-findings). Parameters are passed with --param, never
        pasted into the text.

        options:
          --param NAME=VALUE    a query parameter (repeatable); numbers and true/false are typed
          --format FORMAT       table (default), json or csv
          --list                list the saved queries with what they answer
        """;
  }

  @Override
  public Set<String> flags() {
    return Set.of("list");
  }

  @Override
  public Set<String> valued() {
    return Set.of("param", "format");
  }

  @Override
  public int run(Args args, Host host) throws Exception {
    if (args.flag("list")) {
      for (var query : SavedQueries.all()) {
        host.out().printf("  %-44s %s%n", query.name(), query.purpose());
        if (!query.params().isBlank() && !query.params().equals("none")) {
          host.out().printf("  %-44s   params: %s%n", "", query.params());
        }
      }
      return 0;
    }
    if (args.positional().size() != 1) {
      throw new UsageException("give one Cypher statement, .cypher file or saved query name");
    }
    var text = resolve(args.positional().get(0));
    var format = format(args.value("format").orElse("table"));
    var parameters = parameters(args.values("param"));
    var graph = host.graph().graph();
    graph.autoCommit(
        text,
        parameters,
        result -> {
          List<String> keys = result.keys();
          List<Record> records = result.list();
          ResultFormatter.print(keys, records, format, host.out());
          return null;
        });
    return 0;
  }

  private static String resolve(String argument) throws java.io.IOException {
    var path = Path.of(argument);
    if (argument.endsWith(".cypher") && Files.isRegularFile(path)) {
      return Files.readString(path);
    }
    var saved = SavedQueries.find(argument);
    if (saved.isPresent()) {
      return saved.get().text();
    }
    if (argument.endsWith(".cypher")) {
      throw new UsageException("no such file: " + argument);
    }
    return argument;
  }

  private static ResultFormatter.Format format(String value) {
    try {
      return ResultFormatter.Format.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format must be table, json or csv, got '" + value + "'");
    }
  }

  static Map<String, Object> parameters(List<String> specs) {
    var parameters = new HashMap<String, Object>();
    for (var spec : specs) {
      int eq = spec.indexOf('=');
      if (eq <= 0) {
        throw new UsageException("--param must be NAME=VALUE, got '" + spec + "'");
      }
      parameters.put(spec.substring(0, eq), typed(spec.substring(eq + 1)));
    }
    return parameters;
  }

  /** Plain integers, decimals and booleans are typed; anything else (e.g. "0012") stays text. */
  private static Object typed(String value) {
    if (value.equals("true") || value.equals("false")) {
      return Boolean.parseBoolean(value);
    }
    if (value.matches("-?(0|[1-9][0-9]{0,17})")) {
      return Long.parseLong(value);
    }
    if (value.matches("-?(0|[1-9][0-9]*)\\.[0-9]+")) {
      return Double.parseDouble(value);
    }
    return value;
  }
}
