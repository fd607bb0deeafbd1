package dev.graphwright.neo4j.mapping;

import java.util.Map;
import java.util.TreeMap;

/** What the mapper did, per relationship {@code _type}. Not thread-safe; one per resolution. */
public final class MappingStats {

  /**
   * Counters of one relationship type.
   *
   * @param mappings mapped relationships resolved
   * @param toEntities relationships linked to integration-owned targets
   * @param toPlaceholders relationships linked to placeholders
   * @param multiMatches mappings whose winning filter group matched more than one node
   * @param unmatched mappings that matched nothing and created nothing ({@code skipTargetCreation})
   * @param missingSources mappings whose source entity was not in the graph
   */
  public record Counts(
      long mappings,
      long toEntities,
      long toPlaceholders,
      long multiMatches,
      long unmatched,
      long missingSources) {

    public Counts plus(Counts other) {
      return new Counts(
          mappings + other.mappings,
          toEntities + other.toEntities,
          toPlaceholders + other.toPlaceholders,
          multiMatches + other.multiMatches,
          unmatched + other.unmatched,
          missingSources + other.missingSources);
    }
  }

  private final Map<String, Counts> byType = new TreeMap<>();

  void add(String type, Counts counts) {
    byType.merge(type, counts, Counts::plus);
  }

  public Map<String, Counts> byType() {
    return byType;
  }

  /** Relationships written in all, to entities and placeholders. */
  public long relationships() {
    return byType.values().stream()
        .mapToLong(c -> c.toEntities() + c.toPlaceholders())
        .sum();
  }
}
