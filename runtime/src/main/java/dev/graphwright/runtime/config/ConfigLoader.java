package dev.graphwright.runtime.config;

import dev.graphwright.api.config.ConfigField;
import dev.graphwright.api.config.IntegrationConfig;
import dev.graphwright.api.config.Secret;
import dev.graphwright.api.error.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds an integration's config from, in order of precedence: the {@code --config} file, the
 * environment (each field's variable, or {@code <VAR>_FILE} naming a file that holds the value —
 * handy for secrets), and the field's default. Every field is validated; all problems are reported
 * at once, each naming the field, its variable and why.
 *
 * <p>The file holds {@code NAME=value} lines, where NAME is a field name ({@code qualysApiUrl}) or
 * its environment variable ({@code QUALYS_API_URL}); {@code #} starts a comment.
 */
public final class ConfigLoader {

  private final Map<String, String> environment;

  public ConfigLoader(Map<String, String> environment) {
    this.environment = environment;
  }

  /** Loads and validates. */
  public IntegrationConfig load(List<ConfigField> fields, Optional<Path> file) {
    var fromFile = file.map(ConfigLoader::readFile).orElse(Map.of());
    var byName = new LinkedHashMap<String, ConfigField>();
    fields.forEach(f -> byName.put(f.name(), f));
    checkUnknownKeys(fromFile, fields, file);
    var values = new HashMap<String, String>();
    var secrets = new HashMap<String, Secret>();
    var problems = new ArrayList<String>();
    for (var field : fields) {
      var value = lookup(field, fromFile);
      if (value.isEmpty() || value.get().isBlank()) {
        if (field.required()) {
          problems.add(
              field.name() + " (" + field.envVar() + ") is required: " + field.description());
        }
        if (field.defaultValue() != null) {
          values.put(field.name(), field.defaultValue());
        }
        continue;
      }
      var error = field.validator().apply(value.get().strip());
      if (error.isPresent()) {
        problems.add(field.name() + " (" + field.envVar() + ") " + error.get());
        continue;
      }
      if (field.secret()) {
        secrets.put(field.name(), new Secret(value.get().strip()));
      } else {
        values.put(field.name(), value.get().strip());
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException("invalid config: " + String.join("; ", problems));
    }
    return new LoadedConfig(byName, values, secrets);
  }

  /**
   * The config of a replayed run: its recorded (non-secret) values; secrets get a placeholder,
   * since a replay never calls the network.
   */
  public IntegrationConfig loadForReplay(List<ConfigField> fields, Map<String, String> recorded) {
    var byName = new LinkedHashMap<String, ConfigField>();
    fields.forEach(f -> byName.put(f.name(), f));
    var values = new HashMap<String, String>();
    var secrets = new HashMap<String, Secret>();
    for (var field : fields) {
      if (field.secret()) {
        secrets.put(field.name(), new Secret("replay-without-network"));
      } else if (recorded.containsKey(field.name())) {
        values.put(field.name(), recorded.get(field.name()));
      } else if (field.defaultValue() != null) {
        values.put(field.name(), field.defaultValue());
      }
    }
    return new LoadedConfig(byName, values, secrets);
  }

  /** The printable (secret-free) values of a loaded config, for run records. */
  public static Map<String, String> printable(IntegrationConfig config) {
    return config instanceof LoadedConfig loaded ? loaded.printable() : Map.of();
  }

  private Optional<String> lookup(ConfigField field, Map<String, String> fromFile) {
    var inFile = fromFile.getOrDefault(field.name(), fromFile.get(field.envVar()));
    if (inFile != null) {
      return Optional.of(inFile);
    }
    var inEnv = environment.get(field.envVar());
    if (inEnv != null) {
      return Optional.of(inEnv);
    }
    var fileVar = environment.get(field.envVar() + "_FILE");
    if (fileVar != null) {
      try {
        return Optional.of(Files.readString(Path.of(fileVar)).strip());
      } catch (IOException e) {
        throw new ConfigException(
            field.envVar() + "_FILE names a file that cannot be read: " + fileVar);
      }
    }
    return Optional.empty();
  }

  private static void checkUnknownKeys(
      Map<String, String> fromFile, List<ConfigField> fields, Optional<Path> file) {
    for (var key : fromFile.keySet()) {
      boolean known =
          fields.stream().anyMatch(f -> f.name().equals(key) || f.envVar().equals(key));
      if (!known) {
        throw new ConfigException("unknown setting '" + key + "' in " + file.orElseThrow()
            + "; known: "
            + fields.stream().map(ConfigField::name).toList());
      }
    }
  }

  private static Map<String, String> readFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new ConfigException("cannot read the config file " + file + ": " + e.getMessage());
    }
    var values = new LinkedHashMap<String, String>();
    for (int n = 0; n < lines.size(); n++) {
      var line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new ConfigException(
            file + " line " + (n + 1) + ": expected NAME=value (a field name or its variable)");
      }
      var value = line.substring(eq + 1).strip();
      if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\""))) {
        value = value.substring(1, value.length() - 1);
      }
      values.put(line.substring(0, eq).strip(), value);
    }
    return values;
  }
}
