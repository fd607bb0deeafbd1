package dev.graphwright.qualys.client.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.MDC;

/**
 * Runs page tasks on a few worker threads, like multi_thread_hd.py's queue of id ranges: every
 * worker takes the next task until none is left. The governor, not the thread count, decides how
 * many calls are in flight. The first exception a task lets out (a fatal error or a handler's
 * failure; page failures are reported inside the task) stops the other workers and is rethrown.
 */
public final class PageRunner {

  private PageRunner() {}

  public static <T> void run(String name, List<T> tasks, int threads, Consumer<T> task) {
    if (tasks.isEmpty()) {
      return;
    }
    var next = new AtomicInteger();
    var failure = new AtomicReference<RuntimeException>();
    var workers = new ArrayList<Thread>();
    Map<String, String> mdc = MDC.getCopyOfContextMap();
    int count = Math.max(1, Math.min(threads, tasks.size()));
    for (int i = 0; i < count; i++) {
      workers.add(Thread.ofPlatform().name(name + "-" + i).daemon(true).unstarted(() -> {
        if (mdc != null) {
          MDC.setContextMap(mdc);
        }
        work(tasks, task, next, failure, workers);
      }));
    }
    workers.forEach(Thread::start);
    try {
      for (Thread worker : workers) {
        worker.join();
      }
    } catch (InterruptedException e) {
      workers.forEach(Thread::interrupt);
      Thread.currentThread().interrupt();
      throw new CancellationException(name + " interrupted");
    }
    RuntimeException first = failure.get();
    if (first != null) {
      throw first;
    }
  }

  private static <T> void work(
      List<T> tasks,
      Consumer<T> task,
      AtomicInteger next,
      AtomicReference<RuntimeException> failure,
      List<Thread> workers) {
    while (failure.get() == null) {
      int index = next.getAndIncrement();
      if (index >= tasks.size()) {
        return;
      }
      try {
        task.accept(tasks.get(index));
      } catch (RuntimeException e) {
        if (failure.compareAndSet(null, e)) {
          workers.stream().filter(w -> w != Thread.currentThread()).forEach(Thread::interrupt);
        }
        return;
      }
    }
  }
}
