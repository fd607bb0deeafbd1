package dev.graphwright.qualys.client.vm;

import java.util.List;
import java.util.Map;

/**
 * Which hosts a v2 host list or detection download covers, by Qualys' own filters: hosts in any
 * of these asset groups ({@code ag_ids}) and carrying any or all of these tags ({@code
 * use_tags=1}, {@code tag_set_by=name}, {@code tag_include_selector}, {@code tag_set_include}).
 * Both empty: every host the user may see.
 *
 * @param tagNames tag names, exactly as in Qualys
 * @param allTags whether a host needs all the tags rather than any
 * @param assetGroupIds asset group ids
 */
public record HostScope(List<String> tagNames, boolean allTags, List<String> assetGroupIds) {

  /** Every host. */
  public static final HostScope ALL = new HostScope(List.of(), false, List.of());

  public HostScope {
    tagNames = List.copyOf(tagNames);
    assetGroupIds = List.copyOf(assetGroupIds);
    for (String name : tagNames) {
      if (name.isBlank() || name.contains(",")) {
        // The API takes the names as one comma-separated list.
        throw new IllegalArgumentException(
            "a tag name for the host filter cannot be blank or hold a comma: '" + name + "'");
      }
    }
  }

  /** Whether every host is in scope. */
  public boolean isAll() {
    return tagNames.isEmpty() && assetGroupIds.isEmpty();
  }

  void putParams(Map<String, String> params) {
    if (!assetGroupIds.isEmpty()) {
      params.put("ag_ids", String.join(",", assetGroupIds));
    }
    if (!tagNames.isEmpty()) {
      params.put("use_tags", "1");
      params.put("tag_set_by", "name");
      params.put("tag_include_selector", allTags ? "all" : "any");
      params.put("tag_set_include", String.join(",", tagNames));
    }
  }
}
