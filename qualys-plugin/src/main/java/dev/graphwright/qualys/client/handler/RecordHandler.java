package dev.graphwright.qualys.client.handler;

/**
 * Receives records one at a time as they stream. Methods that read pages in parallel call it
 * concurrently from several threads (their Javadoc says so): implementations must then be
 * thread-safe. A page that fails mid-way and is retried hands its records again, so handling
 * should be idempotent.
 */
@FunctionalInterface
public interface RecordHandler<T> {

  void accept(T record);
}
