package dev.graphwright.neo4j;

import org.neo4j.driver.exceptions.Neo4jException;

/** Recognises Neo4j's "this transaction needs more memory than allowed" errors. */
public final class MemoryErrors {

  private MemoryErrors() {}

  public static boolean is(Neo4jException e) {
    var code = String.valueOf(e.code());
    var message = String.valueOf(e.getMessage());
    return code.contains("OutOfMemory")
        || code.contains("MemoryLimit")
        || code.contains("MemoryPool")
        || message.contains("memory.transaction");
  }
}
