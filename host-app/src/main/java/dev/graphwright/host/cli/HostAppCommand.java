package dev.graphwright.host.cli;

import dev.graphwright.host.HostOptions;
import dev.graphwright.host.Version;
import dev.graphwright.host.graph.GraphOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code host-app} command: its subcommands and the global options, which every subcommand
 * accepts before or after its name ({@code host-app --data-dir d query …} or {@code host-app
 * query … --data-dir d}).
 */
@Command(
    name = "host-app",
    // Inherited by the subcommands: -h/--help, -V/--version and the help layout below.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = HostAppCommand.VersionProvider.class,
    sortOptions = false,
    abbreviateSynopsis = true,
    synopsisHeading = "usage: ",
    descriptionHeading = "%n",
    parameterListHeading = "%narguments:%n",
    optionListHeading = "%noptions:%n",
    commandListHeading = "%ncommands:%n",
    footerHeading = "%n",
    description =
        "Runs integrations into a Neo4j graph you own (embedded, or an external server), and"
            + " answers questions about it. 'host-app <command> --help' tells more.",
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      QueryCommand.class,
      ServeCommand.class,
      RunsCommand.class,
      PluginsCommand.class,
      StepsCommand.class,
      DocsCommand.class,
      RawCommand.class,
      ExplainCommand.class,
      ReplayCommand.class,
      HelpCommand.class,
      GenerateCompletion.class
    })
public final class HostAppCommand {

  @Option(
      names = "--data-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      defaultValue = "data",
      description = "embedded graph, raw archive and logs (default: ${DEFAULT-VALUE})")
  private Path dataDir = Path.of("data");

  @Option(
      names = "--plugins-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description = "plugin jars to load (default: ./plugins, else the installation's)")
  private @Nullable Path pluginsDir;

  @Option(
      names = "--neo4j-uri",
      scope = ScopeType.INHERIT,
      paramLabel = "URI",
      converter = Neo4jUriConverter.class,
      description = "use an external Neo4j (bolt://… or neo4j://…) instead of the embedded one")
  private @Nullable URI neo4jUri;

  @Option(
      names = "--neo4j-user",
      scope = ScopeType.INHERIT,
      paramLabel = "USER",
      defaultValue = "neo4j",
      description = "the external Neo4j's user (default: ${DEFAULT-VALUE})")
  private String neo4jUser = "neo4j";

  @Option(
      names = "--neo4j-password-file",
      scope = ScopeType.INHERIT,
      paramLabel = "FILE",
      description = "a file holding the external Neo4j's password")
  private @Nullable Path neo4jPasswordFile;

  @Option(
      names = "--neo4j-database",
      scope = ScopeType.INHERIT,
      paramLabel = "NAME",
      description = "the external Neo4j's database (default: the server's default)")
  private @Nullable String neo4jDatabase;

  @Option(
      names = "--bolt-port",
      scope = ScopeType.INHERIT,
      paramLabel = "N",
      description = "embedded Bolt port (default: any free port; 7687 for serve)")
  private @Nullable Integer boltPort;

  @Option(
      names = "--bolt-address",
      scope = ScopeType.INHERIT,
      paramLabel = "ADDR",
      defaultValue = "127.0.0.1",
      description = "the interface embedded Bolt listens on (default: ${DEFAULT-VALUE})")
  private String boltAddress = "127.0.0.1";

  @Option(
      names = "--page-cache",
      scope = ScopeType.INHERIT,
      paramLabel = "SIZE",
      defaultValue = "256m",
      converter = SizeConverter.class,
      description = "embedded page cache, e.g. 512m or 2g (default: ${DEFAULT-VALUE})")
  private long pageCacheBytes;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "write debug-level messages to the log file")
  private boolean debug;

  /** The global options as given, for a command whose default Bolt port is {@code boltPortDefault}. */
  HostOptions hostOptions(int boltPortDefault) {
    var graph = new GraphOptions(
        dataDir,
        Optional.ofNullable(neo4jUri),
        neo4jUser,
        Optional.ofNullable(neo4jPasswordFile),
        Optional.ofNullable(neo4jDatabase),
        boltAddress,
        boltPort != null ? boltPort : boltPortDefault,
        pageCacheBytes);
    return new HostOptions(
        pluginsDir != null ? pluginsDir : HostOptions.defaultPluginsDir(), graph);
  }

  boolean debug() {
    return debug;
  }

  /** {@code --version}: the version in the jar's manifest. */
  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"host-app " + Version.current()};
    }
  }
}
