package dev.graphwright.qualys.client.support;

import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.api.raw.RawCapture;
import dev.graphwright.api.raw.RequestSignature;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory {@link RawArchive} for tests: keeps completed pages (text by page name and bodies
 * by request signature), counts discarded captures, and can replay what it recorded.
 */
public final class MemoryArchive implements RawArchive {

  private final boolean replaying;
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private final Map<String, Deque<String>> bodies = new ConcurrentHashMap<>();
  private final List<String> signatures = new CopyOnWriteArrayList<>();
  private final AtomicInteger counter = new AtomicInteger();
  private final AtomicInteger discarded = new AtomicInteger();

  public MemoryArchive() {
    this(false);
  }

  private MemoryArchive(boolean replaying) {
    this.replaying = replaying;
  }

  /** A replaying archive serving what this one recorded. */
  public MemoryArchive replayer() {
    var replay = new MemoryArchive(true);
    bodies.forEach((key, queue) -> replay.bodies.put(key, new ArrayDeque<>(queue)));
    return replay;
  }

  @Override
  public boolean replaying() {
    return replaying;
  }

  @Override
  public RawCapture capture(RequestSignature request, InputStream body) {
    return new Capture(request, body, "page-" + counter.incrementAndGet());
  }

  @Override
  public Optional<RawCapture> replay(RequestSignature request) {
    Deque<String> queue = bodies.get(request.canonical());
    String body = queue == null ? null : queue.poll();
    if (body == null) {
      return Optional.empty();
    }
    return Optional.of(new Capture(
        request,
        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
        "replayed-" + counter.incrementAndGet()));
  }

  /** The text of a completed page. */
  public String page(String name) {
    return pages.get(name);
  }

  /** Signatures of completed pages, in completion order. */
  public List<String> completedSignatures() {
    return List.copyOf(signatures);
  }

  /** Captures closed without complete(). */
  public int discarded() {
    return discarded.get();
  }

  private final class Capture implements RawCapture {
    private final RequestSignature request;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private final InputStream tee;
    private final String page;
    private boolean completed;

    Capture(RequestSignature request, InputStream body, String page) {
      this.request = request;
      this.page = page;
      this.tee = new FilterInputStream(body) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          if (b >= 0) {
            copy.write(b);
          }
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          if (n > 0) {
            copy.write(buffer, offset, n);
          }
          return n;
        }
      };
    }

    @Override
    public InputStream body() {
      return tee;
    }

    @Override
    public String page() {
      return page;
    }

    @Override
    public void complete() {
      completed = true;
    }

    @Override
    public void close() throws IOException {
      tee.close();
      if (!completed) {
        discarded.incrementAndGet();
        return;
      }
      if (replaying) {
        return;
      }
      String text = copy.toString(StandardCharsets.UTF_8);
      pages.put(page, text);
      signatures.add(request.canonical());
      bodies.computeIfAbsent(request.canonical(), k -> new ArrayDeque<>()).add(text);
    }
  }
}
