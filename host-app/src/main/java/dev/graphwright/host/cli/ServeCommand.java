package dev.graphwright.host.cli;

import dev.graphwright.host.Host;
import dev.graphwright.host.UsageException;
import dev.graphwright.host.graph.GraphAccess;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/** {@code serve}: keeps the embedded graph open with Bolt up, for Neo4j Browser or cypher-shell. */
@Command(
    name = "serve",
    header = "keep the embedded graph open on Bolt for Neo4j Browser / cypher-shell (Ctrl-C stops)",
    description = {
      "Opens the embedded graph and keeps its Bolt endpoint up until Ctrl-C. Connect with"
          + " cypher-shell, Neo4j Desktop / Browser (bolt://127.0.0.1:7687, user neo4j, the"
          + " password in <data-dir>/neo4j-password) or any Neo4j driver. While it runs, other"
          + " host-app commands (run, query, runs) on the same --data-dir connect through it."
          + " Bolt listens on 127.0.0.1 unless --bolt-address says otherwise, and always asks for"
          + " the password."
    })
final class ServeCommand implements HostTask {

  @Override
  public int defaultBoltPort() {
    return 7687;
  }

  @Override
  public int run(Host host) throws Exception {
    if (host.options().graph().neo4jUri().isPresent()) {
      throw new UsageException(
          "serve opens the embedded graph; with --neo4j-uri, connect to that server directly");
    }
    var access = host.graph();
    var embedded = access
        .embedded()
        .orElseThrow(() -> new UsageException(
            "the graph in " + host.options().dataDir() + " is already served by another process"));
    var dataDir = host.options().dataDir();
    GraphAccess.markServing(dataDir, embedded.boltUri());
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(
            () -> {
              GraphAccess.unmarkServing(dataDir);
              host.close();
              stopped.countDown();
            },
            "serve-shutdown"));
    var out = host.out();
    out.println("Serving the graph in " + dataDir.toAbsolutePath());
    out.println("  Bolt URI:  " + embedded.boltUri());
    out.println("  user:      neo4j");
    out.println("  password:  in " + embedded.passwordFile() + " (readable by you only)");
    out.println();
    out.println("  cypher-shell -a " + embedded.boltUri() + " -u neo4j -p \"$(cat "
        + embedded.passwordFile() + ")\"");
    out.println("  Neo4j Browser / Desktop: connect to " + embedded.boltUri() + " as neo4j");
    out.println("  Saved queries: bin/host-app query --list");
    out.println();
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    return 0;
  }
}
