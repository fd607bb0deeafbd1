package dev.graphwright.qualys.sim;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** DOM parsing with DTD loading off (as a Qualys client must), plus small lookup helpers. */
final class Xml {
  private Xml() {}

  /** Parses a well-formed document; fails the test (by exception) otherwise. */
  static Document parse(String xml) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setExpandEntityReferences(false);
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + head(xml), e);
    }
  }

  /** Whether the text parses as XML. */
  static boolean wellFormed(String xml) {
    try {
      parse(xml);
      return true;
    } catch (AssertionError e) {
      return false;
    }
  }

  /** Elements with this name anywhere below {@code node}. */
  static List<Element> all(Node node, String name) {
    NodeList list = node instanceof Document d
        ? d.getElementsByTagName(name)
        : ((Element) node).getElementsByTagName(name);
    var result = new ArrayList<Element>(list.getLength());
    for (int i = 0; i < list.getLength(); i++) {
      result.add((Element) list.item(i));
    }
    return result;
  }

  /** Direct children with this name. */
  static List<Element> children(Element parent, String name) {
    var result = new ArrayList<Element>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        result.add(e);
      }
    }
    return result;
  }

  /** The text of the first direct child with this name, or null. */
  static String text(Element parent, String name) {
    var found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent();
  }

  /** Texts of every element with this name anywhere. */
  static List<String> texts(Node node, String name) {
    return all(node, name).stream().map(Element::getTextContent).toList();
  }

  /** Names of the direct child elements, in order. */
  static List<String> childNames(Element parent) {
    var names = new ArrayList<String>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        names.add(e.getTagName());
      }
    }
    return names;
  }

  private static String head(String xml) {
    return xml.length() > 2000 ? xml.substring(0, 2000) + "..." : xml;
  }
}
