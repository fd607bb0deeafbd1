package dev.graphwright.qualys.client.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The one StAX configuration for Qualys bodies: Woodstox with DTDs, external entities and entity
 * expansion switched off. Qualys puts a {@code DOCTYPE ... SYSTEM "https://.../x.dtd"} on every v2
 * page; it is skipped, never fetched, and an entity declared in an internal subset is not expanded
 * (its reference is a parse error, so an entity bomb fails the page instead of eating the heap).
 */
public final class QualysXml {

  private static final XMLInputFactory FACTORY = createFactory();

  private QualysXml() {}

  private static XMLInputFactory createFactory() {
    var factory = new WstxInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    // Qualys documents use no namespaces we need (only xsi:noNamespaceSchemaLocation): skipping
    // namespace processing and reading bigger blocks make the detection hot path cheaper.
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(WstxInputProperties.P_INPUT_BUFFER_LENGTH, 16_000);
    // Lazy parsing reads a text or CDATA token only when getText() asks for it, and a body cut
    // there (reset, truncation) then fails with the unchecked WstxLazyException, which escapes
    // the retry and page isolation. Eagerly, the same failure is an XMLStreamException from next().
    factory.setProperty(XMLInputFactory2.P_LAZY_PARSING, false);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> new ByteArrayInputStream(new byte[0]));
    return factory;
  }

  /** Opens a streaming reader on a body; the caller closes the body. */
  public static XMLStreamReader2 open(InputStream body) throws XMLStreamException {
    return (XMLStreamReader2) FACTORY.createXMLStreamReader(body);
  }
}
