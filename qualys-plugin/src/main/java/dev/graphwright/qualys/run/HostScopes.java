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

  /** A resolved scope, and how to say it: tag names and group titles with their ids. */
  public record Resolved(HostScope scope, String description) {}

  /**
   * Checks the scope against the subscription, tags and asset groups both: what {@code validate}
   * and the invocation check before every run do.
   */
  public static Resolved check(QualysClient client, QualysConfig config) {
    return resolve(client, config, true);
  }

  /**
   * The scope a run's steps send: asset groups become ids; tags go by name without another
   * search, since the invocation check before the run already found them (and a replay repeats
   * what the original run sent).
   */
  public static Resolved forRun(QualysClient client, QualysConfig config) {
    return resolve(client, config, false);
  }

  private static Resolved resolve(QualysClient client, QualysConfig config, boolean searchTags) {
    var tags = config.hostTags();
    var groups = config.assetGroups();
    if (tags.isEmpty() && groups.isEmpty()) {
      return new Resolved(HostScope.ALL, "every host the user can see");
    }
    var unknownTags = new ArrayList<String>();
    for (String name : searchTags ? tags : List.<String>of()) {
      boolean[] found = {false};
      client.forEachTagNamed(name, tag -> found[0] |= tag.name().equals(name));
      if (!found[0]) {
        unknownTags.add(name);
      }
    }
    var groupIds = new LinkedHashSet<String>();
    var groupNames = new ArrayList<String>();
    var unknownGroups = new ArrayList<String>();
    if (!groups.isEmpty()) {
      var known = new ArrayList<AssetGroup>();
      client.forEachAssetGroup(known::add);
      for (String wanted : groups) {
        var matches = known.stream()
            .filter(g -> g.id().equals(wanted)
                || g.title().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
            .toList();
        if (matches.isEmpty()) {
          unknownGroups.add(wanted);
        }
        for (var group : matches) {
          if (groupIds.add(group.id())) {
            groupNames.add("'" + group.title() + "' (" + group.id() + ")");
          }
        }
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
    var scope = new HostScope(tags, config.allHostTags(), List.copyOf(groupIds));
    var parts = new ArrayList<String>();
    if (!tags.isEmpty()) {
      parts.add("tagged " + (scope.allTags() ? "all" : "any") + " of " + quoted(tags));
    }
    if (!groupNames.isEmpty()) {
      parts.add("in asset group " + String.join(" or ", groupNames));
    }
    return new Resolved(scope, "hosts " + String.join(" and ", parts));
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }
}
