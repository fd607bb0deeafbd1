package dev.graphwright.qualys.client.limits;

/** One admitted call; report its headers as soon as they arrive, release it when done. */
public final class Permit implements AutoCloseable {
  // Timing and counting state of this call; the governor reads and writes it under its lock.
  private final ApiGovernor governor;
  final long startedAt;
  long headersAt;
  int mostOurs;
  private boolean released;

  Permit(ApiGovernor governor, int ours, long startedAt) {
    this.governor = governor;
    this.mostOurs = ours;
    this.startedAt = startedAt;
  }

  /** Feeds a response's limit headers to the governor (before the body is read). */
  public void onResponse(ApiLimits limits) {
    governor.onResponse(limits, this);
  }

  /** A 409 for concurrency (1960/1920), after {@link #onResponse} saw its headers. */
  public void onConcurrencyConflict(ApiLimits limits) {
    governor.onConcurrencyConflict(limits);
  }

  /** A 409 for the rate limit (1965): hold every call of this API for {@code waitNanos}. */
  public void onRateConflict(long waitNanos) {
    governor.onRateConflict(waitNanos);
  }

  @Override
  public void close() {
    if (!released) {
      released = true;
      governor.release(this);
    }
  }
}
