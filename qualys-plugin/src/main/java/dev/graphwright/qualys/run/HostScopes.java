package dev.graphwright.qualys.run;

import dev.graphwright.api.error.ConfigException;
import dev.graphwright.qualys.client.QualysClient;
import dev.graphwright.qualys.client.vm.AssetGroup;
import dev.graphwright.qualys.client.vm.HostScope;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns the configured host scope into the API's filters, checked against the subscription: every
 * tag name must exist (Asset Management tag search), and every asset group title or id must name
 * a group the user can see (titles become ids). A name that matches nothing is a config error
 * naming it, before anything is fetched: a typo must not look like an empty account.
 */
public final class HostScopes {

  private HostScopes() {}

  public static HostScope resolve(QualysClient client, QualysConfig config) {
    var tags = config.hostTags();
    var groups = config.assetGroups();
    if (tags.isEmpty() && groups.isEmpty()) {
      return HostScope.ALL;
    }
    var unknownTags = new ArrayList<String>();
    for (String name : tags) {
      boolean[] found = {false};
      client.forEachTagNamed(name, tag -> found[0] |= tag.name().equals(name));
      if (!found[0]) {
        unknownTags.add(name);
      }
    }
    var groupIds = new LinkedHashSet<String>();
    var unknownGroups = new ArrayList<String>();
    if (!groups.isEmpty()) {
      var known = new ArrayList<AssetGroup>();
      client.forEachAssetGroup(known::add);
      for (String wanted : groups) {
        var matches = known.stream()
            .filter(g -> g.id().equals(wanted)
                || g.title().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
            .map(AssetGroup::id)
            .toList();
        if (matches.isEmpty()) {
          unknownGroups.add(wanted);
        }
        groupIds.addAll(matches);
      }
    }
    var problems = new ArrayList<String>();
    if (!unknownTags.isEmpty()) {
      problems.add("qualysHostTags (QUALYS_HOST_TAGS): no tag named " + quoted(unknownTags)
          + " in this subscription (names are case-sensitive)");
    }
    if (!unknownGroups.isEmpty()) {
      problems.add("qualysAssetGroups (QUALYS_ASSET_GROUPS): no asset group with the title or id "
          + quoted(unknownGroups) + " visible to this user");
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(String.join("; ", problems));
    }
    return new HostScope(tags, config.allHostTags(), List.copyOf(groupIds));
  }

  /** One line for {@code validate} and the logs. */
  public static String describe(HostScope scope) {
    if (scope.isAll()) {
      return "every host the user can see";
    }
    var parts = new ArrayList<String>();
    if (!scope.tagNames().isEmpty()) {
      parts.add("tagged " + (scope.allTags() ? "all" : "any") + " of " + quoted(scope.tagNames()));
    }
    if (!scope.assetGroupIds().isEmpty()) {
      parts.add("in asset group " + String.join(" or ", scope.assetGroupIds()));
    }
    return "hosts " + String.join(" and ", parts);
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }
}
