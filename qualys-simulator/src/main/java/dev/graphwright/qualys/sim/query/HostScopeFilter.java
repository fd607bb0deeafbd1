package dev.graphwright.qualys.sim.query;

import dev.graphwright.qualys.sim.data.AssetGroups;
import dev.graphwright.qualys.sim.data.HostRecord;
import dev.graphwright.qualys.sim.data.TagRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The asset-group and tag part of a host selection, as the v2 host list and detection APIs apply
 * it: a host must be in one of the asset groups (when any are given), carry any or all of the
 * included tags (when any are given), and not carry any or all of the excluded ones.
 *
 * @param groups the asset groups; empty for no group filter
 * @param includedTags tags to require; empty for no tag filter
 * @param allIncluded whether a host needs all included tags ({@code tag_include_selector=all})
 * @param excludedTags tags that exclude a host
 * @param allExcluded whether only a host with all excluded tags is left out
 */
public record HostScopeFilter(
    List<AssetGroups.Group> groups,
    Set<TagRecord> includedTags,
    boolean allIncluded,
    Set<TagRecord> excludedTags,
    boolean allExcluded) {

  /** No filter. */
  public static final HostScopeFilter NONE =
      new HostScopeFilter(List.of(), Set.of(), false, Set.of(), false);

  public HostScopeFilter {
    groups = List.copyOf(groups);
    includedTags = Set.copyOf(includedTags);
    excludedTags = Set.copyOf(excludedTags);
  }

  /** Whether this filter selects every host. */
  public boolean none() {
    return groups.isEmpty() && includedTags.isEmpty() && excludedTags.isEmpty();
  }

  /** The items of a comma-separated list, trimmed, empty ones left out; empty for null. */
  public static List<String> items(String list) {
    if (list == null) {
      return List.of();
    }
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** Whether the host passes. */
  public boolean matches(HostRecord host, AssetGroups assetGroups) {
    if (none()) {
      return true;
    }
    if (!groups.isEmpty()
        && groups.stream().noneMatch(g -> assetGroups.contains(g, host.index()))) {
      return false;
    }
    var tags = Set.copyOf(host.tags());
    if (!includedTags.isEmpty()
        && !(allIncluded
            ? tags.containsAll(includedTags)
            : includedTags.stream().anyMatch(tags::contains))) {
      return false;
    }
    return excludedTags.isEmpty()
        || !(allExcluded
            ? tags.containsAll(excludedTags)
            : excludedTags.stream().anyMatch(tags::contains));
  }
}
