package dev.graphwright.api.state;

import java.util.function.Consumer;

/**
 * A list of strings stored in the graph in chunks. A step {@link #clear()}s and appends; later
 * steps (of this run, or of a later {@code --step} run) read it back in the order written.
 * Thread-safe.
 */
public interface DataSet {

  /** Removes every value, e.g. before a step writes the list anew. */
  void clear();

  /** Appends a value; values are flushed in chunks. */
  void append(String value);

  /** Writes what is buffered. Readers of this data set flush it first. */
  void flush();

  /** Reads every value in the order written. */
  void forEach(Consumer<String> consumer);

  /** How many values the data set holds. */
  long size();
}
