package dev.graphwright.host.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A Neo4j server address: {@code bolt://…} or {@code neo4j://…} (with {@code +s}/{@code +ssc}). */
final class Neo4jUriConverter implements ITypeConverter<URI> {

  @Override
  public URI convert(String value) {
    try {
      var uri = new URI(value);
      var scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
      if ((scheme.startsWith("bolt") || scheme.startsWith("neo4j")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new TypeConversionException(
        "'" + value + "' is not a Neo4j address: use bolt://host:port or neo4j://host:port");
  }
}
