package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.host.UsageException;
import dev.graphwright.host.graph.ResultFormatter;
import dev.graphwright.host.graph.SavedQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: runs Cypher from the command line, a file, or the saved queries. */
@Command(
    name = "query",
    header = "run Cypher (text, a .cypher file, or a saved query) and print the result",
    description = {
      "Runs one Cypher statement against the graph and prints the result. The argument is Cypher"
          + " text, the path of a file whose name ends in .cypher, or the name of a saved query in"
          + " cypher/queries (e.g. hosts-with-open-critical-findings). Parameters are passed with --param, never pasted"
          + " into the text."
    })
final class QueryCommand implements HostTask {

  @Parameters(
      paramLabel = "<cypher | file.cypher | saved-query-name>",
      arity = "0..1",
      description = "what to run")
  private @Nullable String query;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "a query parameter (repeatable); numbers and true/false are typed")
  private List<String> params = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  private ResultFormatter.Format format = ResultFormatter.Format.TABLE;

  @Option(names = "--list", description = "list the saved queries with what they answer")
  private boolean list;

  @Override
  public int run(Host host) throws Exception {
    if (list) {
      for (var query : SavedQueries.all()) {
        host.out().printf("  %-44s %s%n", query.name(), query.purpose());
        if (!query.params().isBlank() && !query.params().equals("none")) {
          host.out().printf("  %-44s   params: %s%n", "", query.params());
        }
      }
      return 0;
    }
    if (query == null) {
      throw new UsageException("give one Cypher statement, .cypher file or saved query name");
    }
    var text = resolve(query);
    var parameters = parameters(params);
    var graph = host.graph().graph();
    graph.autoCommit(text, parameters, result -> {
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
