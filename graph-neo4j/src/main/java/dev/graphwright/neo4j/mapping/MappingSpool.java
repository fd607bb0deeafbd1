package dev.graphwright.neo4j.mapping;

import dev.graphwright.api.graph.MappedRelationship;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Mapped relationships on disk until the steps are done: appended to one file per {@link
 * MappingShape}, read back in batches by the resolver. Costs no heap per relationship; the
 * directory is deleted when the run ends (and a crashed run's directory by the next run).
 */
public final class MappingSpool implements MappedRelationshipSink, AutoCloseable {

  private final Path directory;
  private final Map<MappingShape, DataOutputStream> files = new LinkedHashMap<>();
  private final Map<MappingShape, Path> paths = new LinkedHashMap<>();
  private final Map<MappingShape, long[]> counts = new LinkedHashMap<>();
  private final Set<String> targetNames = new TreeSet<>();

  public MappingSpool(Path directory) {
    this.directory = directory;
    try {
      deleteRecursively(directory);
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the mapping spool " + directory, e);
    }
  }

  @Override
  public synchronized void add(MappedRelationship relationship, String stepId) {
    var shape = MappingShape.of(relationship);
    try {
      var out = files.get(shape);
      if (out == null) {
        var path =
            paths.computeIfAbsent(shape, s -> directory.resolve("shape-" + paths.size() + ".bin"));
        out = new DataOutputStream(new BufferedOutputStream(
            Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
            1 << 16));
        files.put(shape, out);
        counts.putIfAbsent(shape, new long[1]);
      }
      ValueCodec.writeValue(
          out,
          relationship.sourceKey() != null
              ? relationship.sourceKey()
              : Objects.requireNonNull(relationship.sourceSelector()).value());
      ValueCodec.writeMap(out, relationship.targetEntity());
      targetNames.addAll(relationship.targetEntity().keySet());
      ValueCodec.writeMap(out, relationship.properties());
      counts.computeIfAbsent(shape, s -> new long[1])[0]++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the mapping spool " + directory, e);
    }
  }

  /** How many mapped relationships are spooled. */
  public synchronized long size() {
    return counts.values().stream().mapToLong(c -> c[0]).sum();
  }

  /** The shapes spooled so far, in the order they were first seen. */
  synchronized List<MappingShape> shapes() {
    return List.copyOf(paths.keySet());
  }

  /**
   * Every property name of every spooled target: bounded by the integrations' schemas, and known
   * before the first batch is resolved, so that the placeholder statement has one text per run.
   */
  synchronized Set<String> targetNames() {
    return Set.copyOf(targetNames);
  }

  /** One shape's next batch. */
  record ShapeBatch(MappingShape shape, List<SpooledMapping> mappings) {}

  /**
   * Reads every shape's mappings back in batches of {@code batchSize}. Shapes with the same {@link
   * MappingShape#targetSide() target side} are read in lockstep and handed over together, batch
   * {@code i} of each: an integration that maps one target several ways (a host it SCANS,
   * DISCOVERED and HAS findings of) adds those mappings together, so a group names each target
   * once for several shapes, and it is resolved once.
   */
  void forEachBatchGroup(int batchSize, Consumer<List<ShapeBatch>> consumer) {
    Map<MappingShape.TargetSide, Map<MappingShape, Path>> groups = new LinkedHashMap<>();
    synchronized (this) {
      closeWriters();
      paths.forEach((shape, path) -> groups
          .computeIfAbsent(shape.targetSide(), side -> new LinkedHashMap<>())
          .put(shape, path));
    }
    for (var group : groups.values()) {
      readInLockstep(group, batchSize, consumer);
    }
  }

  private static void readInLockstep(
      Map<MappingShape, Path> group, int batchSize, Consumer<List<ShapeBatch>> consumer) {
    var readers = new LinkedHashMap<MappingShape, DataInputStream>();
    try {
      for (var entry : group.entrySet()) {
        readers.put(
            entry.getKey(),
            new DataInputStream(
                new BufferedInputStream(Files.newInputStream(entry.getValue()), 1 << 16)));
      }
      while (true) {
        var batches = new ArrayList<ShapeBatch>(readers.size());
        for (var reader : readers.entrySet()) {
          var batch = readBatch(reader.getValue(), batchSize);
          if (!batch.isEmpty()) {
            batches.add(new ShapeBatch(reader.getKey(), batch));
          }
        }
        if (batches.isEmpty()) {
          return;
        }
        consumer.accept(batches);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the mapping spool " + group.values(), e);
    } finally {
      for (var in : readers.values()) {
        try {
          in.close();
        } catch (IOException ignored) {
          // Read-only: nothing is lost.
        }
      }
    }
  }

  /** Up to {@code batchSize} mappings; fewer at the end of the file, none after it. */
  private static List<SpooledMapping> readBatch(DataInputStream in, int batchSize)
      throws IOException {
    var batch = new ArrayList<SpooledMapping>();
    while (batch.size() < batchSize) {
      Object source;
      try {
        source = ValueCodec.readValue(in);
      } catch (EOFException end) {
        break;
      }
      // Written from a source key or a selector value, never null.
      batch.add(new SpooledMapping(
          Objects.requireNonNull(source), ValueCodec.readMap(in), ValueCodec.readMap(in)));
    }
    return batch;
  }

  private void closeWriters() {
    for (var out : files.values()) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the mapping spool " + directory, e);
      }
    }
    files.clear();
  }

  @Override
  public synchronized void close() {
    closeWriters();
    try {
      deleteRecursively(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the mapping spool " + directory, e);
    }
  }

  static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      for (var path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
