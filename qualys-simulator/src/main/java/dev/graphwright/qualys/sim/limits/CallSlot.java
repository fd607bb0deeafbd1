package dev.graphwright.qualys.sim.limits;

import java.util.concurrent.atomic.AtomicBoolean;

/** One running call; releasing it more than once has no effect. */
public final class CallSlot {
  private final AtomicBoolean released = new AtomicBoolean();
  private final Runnable onRelease;

  CallSlot(Runnable onRelease) {
    this.onRelease = onRelease;
  }

  /** Ends the call. */
  public void release() {
    if (released.compareAndSet(false, true)) {
      onRelease.run();
    }
  }
}
