package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.host.docs.DataModelDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code docs <integration>}: the data-model document, generated from the declarations. */
public final class DocsCommand implements Command {

  @Override
  public String name() {
    return "docs";
  }

  @Override
  public String summary() {
    return "generate an integration's data-model document from its declarations";
  }

  @Override
  public String help() {
    return """
        usage: host-app docs <integration> [--output FILE]

        Prints (or writes to FILE) the Markdown data model of the integration: config
        fields, steps, entities, relationships and mapped relationships with their filters,
        generated from what the plugin declares.
        """;
  }

  @Override
  public Set<String> valued() {
    return Set.of("output");
  }

  @Override
  public int run(Args args, Host host) throws Exception {
    if (args.positional().size() != 1) {
      throw new UsageException("name one integration, e.g. 'host-app docs qualys'");
    }
    var markdown = DataModelDocument.markdown(host.plugins().find(args.positional().get(0)).integration());
    var output = args.value("output");
    if (output.isPresent()) {
      Files.writeString(Path.of(output.get()), markdown);
      host.out().println("Wrote " + output.get());
    } else {
      host.out().print(markdown);
    }
    return 0;
  }
}
