package dev.graphwright.host.console;

import dev.graphwright.runtime.run.RunListener;
import dev.graphwright.runtime.run.StepProgress;
import dev.graphwright.runtime.run.StepStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Shows how far each step got. On a terminal: a live block of one line per step (items, rate,
 * pages, ETA), redrawn in place. Otherwise: a plain line per running step every {@code interval},
 * and a line when each step ends, so logs of unattended runs show progress too.
 */
public final class ProgressBoard implements RunListener, AutoCloseable {

  private static final String[] SPINNER = {"|", "/", "-", "\\"};

  private final PrintStream out;
  private final boolean live;
  private final Duration interval;
  private final List<StepProgress> steps = new CopyOnWriteArrayList<>();
  private final Thread renderer;
  private volatile String phase = "";
  private volatile boolean closed;
  private int drawnLines;
  private int frame;

  public ProgressBoard(PrintStream out, boolean live, Duration interval) {
    this.out = out;
    this.live = live;
    this.interval = interval;
    this.renderer = Thread.ofPlatform().name("progress").daemon().start(this::renderLoop);
  }

  /** A board that shows nothing (tests, JSON output). */
  public static ProgressBoard silent() {
    return new ProgressBoard(
        new PrintStream(PrintStream.nullOutputStream()), false, Duration.ofDays(1));
  }

  @Override
  public void stepStarted(StepProgress progress) {
    steps.add(progress);
    if (!live) {
      print("  start  " + progress.stepId());
    }
  }

  @Override
  public void stepEnded(StepProgress progress) {
    if (!live) {
      print("  " + String.format("%-6s ", shortStatus(progress.status())) + line(progress));
    }
  }

  @Override
  public void notice(String message) {
    // Said before the steps start, so no live block is drawn yet to overwrite it.
    print("  note: " + message);
  }

  @Override
  public void phase(String description) {
    phase = description;
    if (!live) {
      print("  " + description);
    }
  }

  private void renderLoop() {
    long lastPlain = System.nanoTime();
    while (!closed) {
      try {
        Thread.sleep(live ? 250 : 1000);
      } catch (InterruptedException e) {
        return;
      }
      if (live) {
        draw();
      } else if (System.nanoTime() - lastPlain >= interval.toNanos()) {
        lastPlain = System.nanoTime();
        for (var step : steps) {
          if (step.running()) {
            print("  ...    " + line(step));
          }
        }
      }
    }
  }

  private synchronized void draw() {
    var lines = new ArrayList<String>();
    frame++;
    for (var step : steps) {
      var mark = step.running() ? SPINNER[frame % SPINNER.length] : shortStatus(step.status());
      lines.add(String.format("  %-4s %s", mark, line(step)));
    }
    if (!phase.isEmpty()) {
      lines.add("  " + phase);
    }
    var text = new StringBuilder();
    if (drawnLines > 0) {
      text.append("\033[").append(drawnLines).append('F');
    }
    for (var line : lines) {
      text.append("\033[2K").append(line).append('\n');
    }
    out.print(text);
    out.flush();
    drawnLines = lines.size();
  }

  private static String line(StepProgress step) {
    var text = new StringBuilder(String.format("%-34s", step.stepId()));
    text.append(String.format("%12s %-12s", Numbers.count(step.items()), step.unit()));
    if (step.total() > 0) {
      text.append(String.format(" of %s", Numbers.count(step.total())));
    }
    text.append("  ").append(Numbers.seconds(step.elapsedSeconds()));
    if (step.items() > 0 && step.elapsedSeconds() > 1) {
      text.append("  ").append(Numbers.rate(step.rate()));
    }
    if (step.pages() > 0) {
      text.append("  ").append(Numbers.count(step.pages())).append(" pages");
    }
    long eta = step.etaSeconds();
    if (eta >= 0) {
      text.append("  ETA ").append(Numbers.seconds((double) eta));
    }
    return text.toString();
  }

  private static String shortStatus(Optional<StepStatus> ended) {
    if (ended.isEmpty()) {
      return "...";
    }
    return switch (ended.get()) {
      case SUCCESS -> "ok";
      case NOT_RUN -> "skip";
      case DISABLED -> "off";
      case FAILURE -> "FAIL";
      case PARTIAL, PARTIAL_DUE_TO_DEPENDENCY_FAILURE -> "part";
    };
  }

  private synchronized void print(String line) {
    out.println(line);
    out.flush();
  }

  @Override
  public void close() {
    closed = true;
    renderer.interrupt();
    try {
      renderer.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (live) {
      phase = "";
      draw();
    }
  }
}
