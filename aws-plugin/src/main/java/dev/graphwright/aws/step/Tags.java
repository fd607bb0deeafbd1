package dev.graphwright.aws.step;

import dev.graphwright.api.graph.Properties;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.ec2.model.Tag;

/** AWS tags as properties: {@code tag.<Key>} each, and {@code name} from the Name tag. */
final class Tags {

  private Tags() {}

  static void put(Properties.Builder properties, List<Tag> tags, String fallbackName) {
    String name = fallbackName;
    for (var tag : tags) {
      var key = tag.key().replaceAll("[^A-Za-z0-9_.]", "_");
      properties.put("tag." + key, tag.value());
      if (tag.key().toLowerCase(Locale.ROOT).equals("name") && !tag.value().isBlank()) {
        name = tag.value();
      }
    }
    properties.put("name", name).put("displayName", name);
  }
}
