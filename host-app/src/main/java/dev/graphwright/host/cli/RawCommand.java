package dev.graphwright.host.cli;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.host.Host;
import dev.graphwright.runtime.raw.RawRecordReader;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code raw <_key>}: prints the source record an entity was built from. */
@Command(
    name = "raw",
    header = "print the raw API record an entity was built from",
    description = {
      "Finds the entity with this _key and prints its source record, exactly as the API sent it,"
          + " from the compressed raw archive of the run that last wrote it."
    })
final class RawCommand implements HostTask {

  @Parameters(paramLabel = "<_key>", description = "the entity's _key")
  private String key = "";

  @Option(names = "--instance", paramLabel = "ID", description = "only the entity of this instance")
  private @Nullable String instance;

  @Override
  public int run(Host host) throws Exception {
    var params = new HashMap<String, Object>();
    params.put("key", key);
    params.put("instanceId", instance);
    var found = host.graph()
        .graph()
        .read(
            "MATCH (n:`Entity` {_key: $key}) WHERE $instanceId IS NULL OR n._instanceId = $instanceId"
                + " RETURN n._instanceId AS instance, n._type AS type, n._rawRef AS raw",
            params,
            r -> r.list(x -> x.asMap()));
    if (found.isEmpty()) {
      host.err().println("No entity with _key '" + key + "'.");
      return 2;
    }
    var reader = new RawRecordReader(host.options().dataDir().resolve("raw"));
    for (var entity : found) {
      var raw = (String) entity.get("raw");
      host.err()
          .println("# " + entity.get("type") + " of instance '" + entity.get("instance") + "'"
              + (raw == null
                  ? ": no raw record (archiving was off, or the entity was not built from one)"
                  : " from " + raw));
      if (raw != null) {
        host.out().println(reader.read(RawRef.decode(raw)));
      }
    }
    return 0;
  }
}
