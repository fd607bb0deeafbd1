package dev.graphwright.qualys.client.vm;

import dev.graphwright.qualys.client.http.HandlerFailure;
import dev.graphwright.qualys.client.http.PageContext;
import dev.graphwright.qualys.client.http.PageParser;
import dev.graphwright.qualys.client.xml.QualysValues;
import dev.graphwright.qualys.client.xml.XmlNode;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jspecify.annotations.Nullable;

/** Reads an asset group list page; returns the next page's {@code id_min}, if any. */
final class AssetGroupPageParser implements PageParser<@Nullable String> {

  private static final Set<String> GROUP = Set.of("ASSET_GROUP");

  private final Consumer<AssetGroup> onGroup;

  AssetGroupPageParser(Consumer<AssetGroup> onGroup) {
    this.onGroup = onGroup;
  }

  @Override
  // The type argument is @Nullable String; NullAway checks type arguments only in JSpecify mode.
  @SuppressWarnings("NullAway")
  public @Nullable String parse(XMLStreamReader2 reader, PageContext page)
      throws XMLStreamException {
    return VmPageScanner.scan(reader, page, GROUP, (r, name) -> {
      XmlNode node = XmlNode.read(r);
      String id = node.text("ID");
      String title = node.text("TITLE");
      if (id != null && QualysValues.isDigits(id) && title != null) {
        HandlerFailure.call(() -> onGroup.accept(new AssetGroup(id, title)));
      }
    });
  }
}
