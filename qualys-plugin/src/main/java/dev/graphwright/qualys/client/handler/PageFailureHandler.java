package dev.graphwright.qualys.client.handler;

import dev.graphwright.api.error.PageException;

/**
 * Told about a page or record that could not be ingested while the rest goes on: a page that was
 * malformed, truncated or refused after its retries, or a record with a bad value. Fits {@code
 * StepContext::reportPageFailure}. May be called concurrently from several threads.
 */
@FunctionalInterface
public interface PageFailureHandler {

  /**
   * @param what which page or record, e.g. {@code detections ids=1000-2345 id_min=1500}
   * @param error why, with Qualys' code and text where there is one (as the cause)
   */
  void onFailure(String what, PageException error);
}
