package dev.graphwright.runtime.raw;

import dev.graphwright.api.raw.RawArchive;
import dev.graphwright.api.raw.RawCapture;
import dev.graphwright.api.raw.RequestSignature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Archives a run's API responses under {@code <raw>/<instance>/<run>/}: one gzip file per page,
 * written while the body streams through the parser, plus {@code index.tsv} mapping each page to
 * its request signature (method, path, parameters — never headers, so never credentials). A page
 * whose read failed or was retried is discarded.
 */
public final class FileRawArchive implements RawArchive {

  static final String INDEX = "index.tsv";

  private final Path runDir;
  private final String pagePrefix;
  private final AtomicLong pages = new AtomicLong();

  /**
   * @param rawRoot the archive root ({@code <data-dir>/raw})
   * @param instanceId the integration instance
   * @param runId the run
   */
  public FileRawArchive(Path rawRoot, String instanceId, String runId) {
    this.runDir = rawRoot.resolve(instanceId).resolve(runId);
    this.pagePrefix = instanceId + "/" + runId + "/";
    try {
      Files.createDirectories(runDir);
      ownerOnly(rawRoot);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the raw archive " + runDir, e);
    }
  }

  // The archive holds the subscription's data as Qualys sent it: readable by its owner only.
  private static void ownerOnly(Path rawRoot) throws IOException {
    if (rawRoot.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(rawRoot, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Override
  public boolean replaying() {
    return false;
  }

  @Override
  public RawCapture capture(RequestSignature request, InputStream body) {
    var name = String.format("%06d.xml.gz", pages.incrementAndGet());
    var partial = runDir.resolve(name + ".part");
    try {
      OutputStream out =
          new GZIPOutputStream(
              new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16), 1 << 16) {
            {
              def.setLevel(Deflater.BEST_SPEED);
            }
          };
      return new Capture(request, body, out, name, partial);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the raw archive " + runDir, e);
    }
  }

  @Override
  public Optional<RawCapture> replay(RequestSignature request) {
    return Optional.empty();
  }

  private synchronized void index(String name, RequestSignature request) throws IOException {
    var line = name + "\t" + request.canonical().replace('\t', ' ').replace('\n', ' ') + "\n";
    Files.writeString(
        runDir.resolve(INDEX),
        line,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private final class Capture implements RawCapture {
    private final RequestSignature request;
    private final TeeInputStream tee;
    private final OutputStream out;
    private final String name;
    private final Path partial;
    private boolean completed;
    private boolean closed;

    Capture(
        RequestSignature request, InputStream body, OutputStream out, String name, Path partial) {
      this.request = request;
      this.tee = new TeeInputStream(body, out);
      this.out = out;
      this.name = name;
      this.partial = partial;
    }

    @Override
    public InputStream body() {
      return tee;
    }

    @Override
    public String page() {
      return pagePrefix + name;
    }

    @Override
    public void complete() {
      try {
        tee.drain();
        completed = true;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot finish archiving " + request.path(), e);
      }
    }

    @Override
    public synchronized void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      if (tee.copyFailed()) {
        // The copy is incomplete (a full disk): no archive of this page, and no failed page.
        try {
          out.close();
        } catch (IOException ignored) {
          // the copy is dropped anyway
        }
        Files.deleteIfExists(partial);
        return;
      }
      try {
        out.close();
      } finally {
        if (completed) {
          Files.move(partial, runDir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
          index(name, request);
        } else {
          Files.deleteIfExists(partial);
        }
      }
    }
  }
}
