package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.xml.XmlOut;
import java.util.Map;
import java.util.PrimitiveIterator;

/**
 * A searchable QPS resource: its fields, its records in ascending id order, and how to write one.
 * Records are addressed by a {@code long} key so a page can be remembered without holding records.
 */
interface QpsResource<T> {
  /** The searchable fields by name. */
  Map<String, QpsField<T>> fields();

  /** Keys of candidate records, ascending by id, narrowed using the criteria where cheap. */
  PrimitiveIterator.OfLong candidates(QpsCriteria<T> criteria, QpsRequest request);

  T load(long key);

  long id(T record);

  /** Writes one record element. */
  void write(XmlOut out, T record, boolean verbose, OneShotFaults faults);
}
