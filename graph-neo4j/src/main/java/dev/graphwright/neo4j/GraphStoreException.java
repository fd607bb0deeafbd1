package dev.graphwright.neo4j;

/** The graph store cannot be opened or reached; the message says what to do. */
public final class GraphStoreException extends RuntimeException {

  public GraphStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
