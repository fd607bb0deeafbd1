package dev.graphwright.api;

/** Named counters that end up in the run record. Thread-safe. */
public interface RunMetrics {

  /** Requests sent to the provider, including retries. */
  String REQUESTS = "requests";

  /** Requests that were retried. */
  String RETRIES = "retries";

  /** HTTP 409 responses (Qualys concurrency / rate limits). */
  String HTTP_409 = "http409";

  /** Adds {@code delta} to the counter {@code name}. */
  void add(String name, long delta);

  /** Adds one to the counter {@code name}. */
  default void increment(String name) {
    add(name, 1);
  }
}
