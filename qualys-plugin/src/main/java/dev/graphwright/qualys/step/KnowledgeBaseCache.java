package dev.graphwright.qualys.step;

import dev.graphwright.api.state.JobState;
import dev.graphwright.qualys.convert.KbEntry;
import dev.graphwright.qualys.schema.QualysTypes;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The knowledge-base entries this instance fetched in earlier runs, as the graph keeps them
 * ({@code qualys_kb_entry}): the QIDs of all of them, and the entries of the QIDs a run needs.
 * Both are bounded by the knowledge base, not by the account.
 */
final class KnowledgeBaseCache {

  private final Set<Long> qids;
  private final Map<Long, KbEntry> wantedEntries;

  private KnowledgeBaseCache(Set<Long> qids, Map<Long, KbEntry> wantedEntries) {
    this.qids = qids;
    this.wantedEntries = wantedEntries;
  }

  /** Reads the instance's entries, keeping those of the {@code wanted} QIDs. */
  static KnowledgeBaseCache read(JobState state, Set<Long> wanted) {
    var qids = new TreeSet<Long>();
    var entries = new TreeMap<Long, KbEntry>();
    state.iterateEntities(
        QualysTypes.KB_ENTRY.type(),
        entity -> KbEntry.fromEntity(entity).ifPresent(entry -> {
          qids.add(entry.qid());
          if (wanted.contains(entry.qid())) {
            entries.put(entry.qid(), entry);
          }
        }));
    return new KnowledgeBaseCache(qids, entries);
  }

  boolean isEmpty() {
    return qids.isEmpty();
  }

  boolean contains(long qid) {
    return qids.contains(qid);
  }

  /** The cached entries of the wanted QIDs, as a map the caller may change. */
  Map<Long, KbEntry> wantedEntries() {
    return new TreeMap<>(wantedEntries);
  }
}
