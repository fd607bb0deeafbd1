package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.host.docs.DataModelDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docs <integration>}: the data-model document, generated from the declarations. */
@Command(
    name = "docs",
    header = "generate an integration's data-model document from its declarations",
    description = {
      "Prints (or writes to FILE) the Markdown data model of the integration: config fields,"
          + " steps, entities, relationships and mapped relationships with their filters,"
          + " generated from what the plugin declares."
    })
final class DocsCommand implements HostTask {

  @Parameters(paramLabel = "<integration>", description = "the integration's id, e.g. qualys")
  private String integrationId = "";

  @Option(names = "--output", paramLabel = "FILE", description = "write the document to FILE")
  private @Nullable Path output;

  @Override
  public int run(Host host) throws Exception {
    var markdown = DataModelDocument.markdown(host.plugins().find(integrationId).integration());
    if (output != null) {
      Files.writeString(output, markdown);
      host.out().println("Wrote " + output);
    } else {
      host.out().print(markdown);
    }
    return 0;
  }
}
