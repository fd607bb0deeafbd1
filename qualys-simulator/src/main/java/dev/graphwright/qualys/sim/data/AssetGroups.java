package dev.graphwright.qualys.sim.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The subscription's asset groups: a fixed list of titles, each holding a share of the hosts
 * chosen by the seed (a host may be in several groups, or in none).
 */
public final class AssetGroups {

  private static final String[] TITLES = {
    "Data Center East", "Data Center West", "Cloud Workloads", "PCI Scope", "Workstations",
  };
  private static final double[] SHARES = {0.35, 0.25, 0.4, 0.15, 0.3};

  private final long seed;

  AssetGroups(long seed) {
    this.seed = seed;
  }

  /** An asset group. */
  public record Group(int index, long id, String title) {}

  /** Every group, ascending by id. */
  public List<Group> all() {
    var groups = new ArrayList<Group>(TITLES.length);
    for (int k = 0; k < TITLES.length; k++) {
      groups.add(group(k));
    }
    return groups;
  }

  /** The group with this id or (case-insensitive) title. */
  public Optional<Group> find(String idOrTitle) {
    String wanted = idOrTitle.strip();
    for (var group : all()) {
      if (Long.toString(group.id()).equals(wanted)
          || group.title().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /** Whether the host at this index is in the group. */
  public boolean contains(Group group, int hostIndex) {
    return Rng.of(seed, Kind.ASSET_GROUP, hostIndex, group.index()).chance(SHARES[group.index()]);
  }

  private static Group group(int k) {
    return new Group(k, 1_460_000L + k * 311L, TITLES[k]);
  }
}
