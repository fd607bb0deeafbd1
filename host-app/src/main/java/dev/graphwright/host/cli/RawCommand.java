package dev.graphwright.host.cli;

import dev.graphwright.api.graph.RawRef;
import dev.graphwright.host.Host;
import dev.graphwright.runtime.raw.RawRecordReader;
import java.util.HashMap;
import java.util.Set;

/** {@code raw <_key>}: prints the source record an entity was built from. */
public final class RawCommand implements Command {

  @Override
  public String name() {
    return "raw";
  }

  @Override
  public String summary() {
    return "print the raw API record an entity was built from";
  }

  @Override
  public String help() {
    return """
        usage: host-app raw <_key> [--instance ID]

        Finds the entity with this _key and prints its source record, exactly as the API
        sent it, from the compressed raw archive of the run that last wrote it.
        """;
  }

  @Override
  public Set<String> valued() {
    return Set.of("instance");
  }

  @Override
  public int run(Args args, Host host) throws Exception {
    if (args.positional().size() != 1) {
      throw new UsageException("give the entity's _key");
    }
    var params = new HashMap<String, Object>();
    params.put("key", args.positional().get(0));
    params.put("instanceId", args.value("instance").orElse(null));
    var found =
        host.graph().graph().read(
            "MATCH (n:`Entity` {_key: $key}) WHERE $instanceId IS NULL OR n._instanceId = $instanceId"
                + " RETURN n._instanceId AS instance, n._type AS type, n._rawRef AS raw",
            params,
            r -> r.list(x -> x.asMap()));
    if (found.isEmpty()) {
      host.err().println("No entity with _key '" + args.positional().get(0) + "'.");
      return 2;
    }
    var reader = new RawRecordReader(host.options().dataDir().resolve("raw"));
    for (var entity : found) {
      var raw = (String) entity.get("raw");
      host.err().println("# " + entity.get("type") + " of instance '" + entity.get("instance") + "'"
          + (raw == null ? ": no raw record (archiving was off, or the entity was not built from one)" : " from " + raw));
      if (raw != null) {
        host.out().println(reader.read(RawRef.decode(raw)));
      }
    }
    return 0;
  }
}
