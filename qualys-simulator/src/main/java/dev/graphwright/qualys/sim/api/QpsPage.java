package dev.graphwright.qualys.sim.api;

import java.util.Arrays;
import java.util.PrimitiveIterator;

/**
 * One page of a QPS search: {@code startFromOffset - 1} matches skipped, then up to
 * {@code limitResults} matches, plus whether another match follows (and its key).
 */
record QpsPage(long[] keys, boolean hasMore, long nextKey) {

  static <T> QpsPage find(QpsResource<T> resource, QpsCriteria<T> criteria, QpsRequest request) {
    PrimitiveIterator.OfLong candidates = resource.candidates(criteria, request);
    int skip = request.startFromOffset() - 1;
    var keys = new long[Math.min(request.limitResults(), 1024)];
    int size = 0;
    while (candidates.hasNext()) {
      long key = candidates.nextLong();
      T record = resource.load(key);
      if (request.startFromId() != null && resource.id(record) < request.startFromId()) {
        continue;
      }
      if (!criteria.test(record)) {
        continue;
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      if (size == request.limitResults()) {
        return new QpsPage(Arrays.copyOf(keys, size), true, key);
      }
      keys[size++] = key;
    }
    return new QpsPage(Arrays.copyOf(keys, size), false, -1);
  }
}
