package dev.graphwright.qualys.sim.api;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A QPS search {@code ServiceRequest}: preferences and criteria.
 *
 * @param limitResults page size, 1 to 1000 (default 100; larger values are capped at 1000)
 * @param startFromOffset 1-based position of the first record to return
 * @param startFromId when set, the first record has an id at least this
 */
record QpsRequest(
    int limitResults,
    int startFromOffset,
    Long startFromId,
    boolean verbose,
    List<Criterion> criteria) {

  /** One {@code Criteria} element. */
  record Criterion(String field, String operator, String value) {}

  /** Parses the XML body; an empty body means defaults. */
  static QpsRequest parse(String body) {
    if (body == null || body.isBlank()) {
      return new QpsRequest(100, 1, null, false, List.of());
    }
    try {
      return read(body);
    } catch (XMLStreamException e) {
      throw new QpsException(
          "Invalid XML in request: " + e.getMessage(), "Send a well-formed ServiceRequest.");
    }
  }

  private static QpsRequest read(String body) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(body));
    int limit = 100;
    int offset = 1;
    Long startFromId = null;
    boolean verbose = false;
    var criteria = new ArrayList<Criterion>();
    while (reader.hasNext()) {
      if (reader.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (reader.getLocalName()) {
        case "limitResults" ->
          limit = Math.min(1000, number("limitResults", reader.getElementText(), 1));
        case "startFromOffset" -> offset = number("startFromOffset", reader.getElementText(), 1);
        case "startFromId" ->
          startFromId = (long) number("startFromId", reader.getElementText(), 0);
        case "verbose" -> verbose = Boolean.parseBoolean(reader.getElementText().trim());
        case "Criteria" -> {
          String field = reader.getAttributeValue(null, "field");
          String operator = reader.getAttributeValue(null, "operator");
          criteria.add(new Criterion(
              field == null ? "" : field,
              operator == null ? "" : operator,
              reader.getElementText().trim()));
        }
        default -> {
          // ServiceRequest, preferences, filters and unknown preferences carry nothing we use.
        }
      }
    }
    return new QpsRequest(limit, offset, startFromId, verbose, criteria);
  }

  private static int number(String name, String text, int min) {
    try {
      long value = Long.parseLong(text.trim());
      if (value < min) {
        throw new NumberFormatException();
      }
      return (int) Math.min(Integer.MAX_VALUE, value);
    } catch (NumberFormatException e) {
      throw new QpsException(
          "Preferences: Invalid value for '" + name + "' (" + text.trim() + ").",
          "Specify " + name + " as an integer of at least " + min + ".");
    }
  }
}
