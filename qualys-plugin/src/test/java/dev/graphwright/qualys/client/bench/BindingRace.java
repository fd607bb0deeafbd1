package dev.graphwright.qualys.client.bench;

import dev.graphwright.qualys.client.xml.QualysXml;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Races two readers of one kind of record over the same page, from the same hardened StAX
 * reader: the hand-written element tree and Jackson's data binding. They must read equal records.
 * Prints records/s of each (best of alternated rounds) and what the binding costs per record.
 */
public final class BindingRace {

  /** Reads the record element the reader is on into a record, leaving it on the end tag. */
  @FunctionalInterface
  public interface RecordReader {
    Object read(XMLStreamReader2 reader) throws XMLStreamException;
  }

  private BindingRace() {}

  /** Runs the race and prints its figures; returns the binding's extra time per record, in %. */
  public static double run(
      String what, byte[] page, String element, int rounds, RecordReader tree, RecordReader binding)
      throws XMLStreamException {
    var treeRecords = readAll(page, element, tree);
    if (!treeRecords.equals(readAll(page, element, binding))) {
      throw new IllegalStateException(what + ": the two readers disagree");
    }
    int records = treeRecords.size();
    System.out.printf(
        Locale.ROOT, "%s: %d records, %.1f MB a page%n", what, records, page.length / 1e6);
    double bestTree = 0;
    double bestBinding = 0;
    var ratios = new ArrayList<Double>();
    for (int round = 0; round < rounds; round++) {
      // Alternated rounds, compared pairwise: the JIT warms both, and a slow spell of the
      // machine hits both readers of a pair rather than one reader's best.
      double treeRate = rate(page, element, records, tree);
      double bindingRate = rate(page, element, records, binding);
      bestTree = Math.max(bestTree, treeRate);
      bestBinding = Math.max(bestBinding, bindingRate);
      if (round >= rounds / 4) {
        ratios.add(treeRate / bindingRate); // the first quarter warms up
      }
    }
    ratios.sort(null);
    double extra = (ratios.get(ratios.size() / 2) - 1) * 100;
    System.out.printf(Locale.ROOT, "  element tree + mapper: %,.0f records/s at best%n", bestTree);
    System.out.printf(
        Locale.ROOT, "  Jackson data binding:  %,.0f records/s at best%n", bestBinding);
    System.out.printf(
        Locale.ROOT,
        "  binding costs %+.1f %% of the tree's time per record (median of %d paired rounds)%n",
        extra,
        ratios.size());
    return extra;
  }

  private static double rate(byte[] page, String element, int records, RecordReader reader)
      throws XMLStreamException {
    long started = System.nanoTime();
    int read = readAll(page, element, reader).size();
    if (read != records) {
      throw new IllegalStateException(read + " records read of " + records);
    }
    return records / ((System.nanoTime() - started) / 1e9);
  }

  private static List<Object> readAll(byte[] page, String element, RecordReader reader)
      throws XMLStreamException {
    var out = new ArrayList<Object>();
    XMLStreamReader2 stream = QualysXml.open(new ByteArrayInputStream(page));
    while (stream.hasNext()) {
      if (stream.next() == XMLStreamConstants.START_ELEMENT
          && stream.getLocalName().equals(element)) {
        out.add(reader.read(stream));
      }
    }
    return out;
  }
}
