package dev.graphwright.qualys.sim.api;

import dev.graphwright.qualys.sim.data.AssetGroups;
import dev.graphwright.qualys.sim.data.HostFactory;
import dev.graphwright.qualys.sim.data.HostRecord;
import dev.graphwright.qualys.sim.data.TagRecord;
import dev.graphwright.qualys.sim.query.HostCursor;
import dev.graphwright.qualys.sim.query.HostScopeFilter;
import dev.graphwright.qualys.sim.query.HostSelection;
import dev.graphwright.qualys.sim.query.IdRanges;
import dev.graphwright.qualys.sim.query.ParamException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The host part of a v2 host list or detection call: ids, id bounds and the scan-date filters,
 * including {@code vm_processed_before/after} on the host's last scan processing time, and the
 * asset-group and tag filters.
 */
record V2HostScope(
    HostSelection selection,
    Long processedAfter,
    Long processedBefore,
    HostScopeFilter filter,
    AssetGroups assetGroups) {

  /** Parameters this scope implements. */
  static final Set<String> PARAMS = Set.of(
      "ids",
      "id_min",
      "id_max",
      "vm_scan_since",
      "no_vm_scan_since",
      "vm_scan_date_after",
      "vm_scan_date_before",
      "vm_processed_after",
      "vm_processed_before",
      "max_days_since_last_vm_scan",
      "ag_ids",
      "ag_titles",
      "use_tags",
      "tag_set_by",
      "tag_include_selector",
      "tag_exclude_selector",
      "tag_set_include",
      "tag_set_exclude");

  static V2HostScope parse(V2Params p, long dataNow, AssetGroups assetGroups) {
    IdRanges ids = p.ids("ids");
    long idMin = p.longValue("id_min", 1);
    long idMax = p.longValue("id_max", Long.MAX_VALUE);
    IdRanges scope = (ids == null ? IdRanges.of(1, Long.MAX_VALUE) : ids).clip(idMin, idMax);
    Long since = p.date("vm_scan_since");
    String maxDays = p.get("max_days_since_last_vm_scan");
    if (maxDays != null) {
      long cutoff = dataNow - p.longValue("max_days_since_last_vm_scan", 0) * 86_400L;
      since = since == null ? cutoff : Math.max(since, cutoff);
    }
    var selection = new HostSelection(
        scope,
        since,
        p.date("no_vm_scan_since"),
        p.date("vm_scan_date_after"),
        p.date("vm_scan_date_before"));
    return new V2HostScope(
        selection,
        p.date("vm_processed_after"),
        p.date("vm_processed_before"),
        scopeFilter(p, assetGroups),
        assetGroups);
  }

  /**
   * The asset-group and tag filters: {@code ag_ids} or {@code ag_titles} (comma-separated; an
   * unknown one is 1905), and with {@code use_tags=1} the tag sets, by id (default) or by name
   * ({@code tag_set_by=name}), any (default) or all.
   */
  private static HostScopeFilter scopeFilter(V2Params p, AssetGroups assetGroups) {
    var groups = new ArrayList<AssetGroups.Group>();
    for (String name : List.of("ag_ids", "ag_titles")) {
      for (String value : HostScopeFilter.items(p.get(name))) {
        var group = assetGroups
            .find(value)
            .orElseThrow(() -> ParamException.invalid(name, value + " (no such asset group)"));
        groups.add(group);
      }
    }
    boolean useTags = p.flag("use_tags", false);
    if (!useTags) {
      for (String name : List.of("tag_set_include", "tag_set_exclude")) {
        if (p.get(name) != null) {
          throw new ParamException(ParamException.INVALID_VALUE, name + " needs use_tags=1");
        }
      }
      return new HostScopeFilter(groups, Set.of(), false, Set.of(), false);
    }
    boolean byId =
        switch (p.get("tag_set_by") == null ? "id" : p.get("tag_set_by").strip()) {
          case "id" -> true;
          case "name" -> false;
          default -> throw ParamException.invalid("tag_set_by", p.get("tag_set_by"));
        };
    var included = tags(p, "tag_set_include", byId);
    var excluded = tags(p, "tag_set_exclude", byId);
    if (included.isEmpty() && excluded.isEmpty()) {
      throw new ParamException(
          ParamException.MISSING, "use_tags=1 needs tag_set_include or tag_set_exclude");
    }
    return new HostScopeFilter(
        groups,
        included,
        selector(p, "tag_include_selector"),
        excluded,
        selector(p, "tag_exclude_selector"));
  }

  private static Set<TagRecord> tags(V2Params p, String name, boolean byId) {
    var tags = new LinkedHashSet<TagRecord>();
    for (String value : HostScopeFilter.items(p.get(name))) {
      tags.add(HostFactory.findTag(value, byId)
          .orElseThrow(() -> ParamException.invalid(name, value + " (no such tag)")));
    }
    return tags;
  }

  private static boolean selector(V2Params p, String name) {
    String value = p.get(name) == null ? "any" : p.get(name).strip();
    return switch (value) {
      case "any" -> false;
      case "all" -> true;
      default -> throw ParamException.invalid(name, value);
    };
  }

  /** Whether the processing-time or scope filters need the host built. */
  boolean needsHost() {
    return processedAfter != null || processedBefore != null || !filter.none();
  }

  /** Whether a built host passes the processing-time and scope filters (the cursor applied the rest). */
  boolean matchesProcessed(HostRecord host) {
    return (processedAfter == null || host.lastScanDatetime() > processedAfter)
        && (processedBefore == null || host.lastScanDatetime() < processedBefore)
        && filter.matches(host, assetGroups);
  }

  /** The next selected host index, building the host only when a filter needs it; -1 at the end. */
  static int nextIndex(HostCursor cursor, HostFactory hosts, V2HostScope scope) {
    int index;
    while ((index = cursor.next()) >= 0) {
      if (!scope.needsHost() || scope.matchesProcessed(hosts.host(index))) {
        return index;
      }
    }
    return -1;
  }

  /** The next selected host at or after the cursor, built, or null. */
  static HostRecord next(HostCursor cursor, HostFactory hosts, V2HostScope scope) {
    int index;
    while ((index = cursor.next()) >= 0) {
      HostRecord host = hosts.host(index);
      if (scope.matchesProcessed(host)) {
        return host;
      }
    }
    return null;
  }
}
