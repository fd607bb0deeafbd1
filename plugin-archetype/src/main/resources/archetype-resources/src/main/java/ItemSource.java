package ${package};

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for your API client: it serves items in pages, the way most APIs do. Replace it with
 * a client of the real API (and record that API once for offline tests; see the plugin guide).
 */
final class ItemSource {

  static final int PAGE_SIZE = 10;

  /** One item as the API returns it. */
  record Item(int id, String name, String ipAddress, long createdOn) {}

  /** One page and where the next one starts. */
  record Page(List<Item> items, int next) {}

  private final int size;
  private final long day;

  ItemSource(int size, Clock clock) {
    this.size = size;
    long now = clock.millis();
    this.day = now - now % 86_400_000L;
  }

  int size() {
    return size;
  }

  Page firstPage() {
    return page(0);
  }

  /** The page after this one, or null at the end. */
  Page nextPage(Page page) {
    return page.next() < size ? page(page.next()) : null;
  }

  private Page page(int from) {
    var items = new ArrayList<Item>();
    for (int i = from; i < Math.min(size, from + PAGE_SIZE); i++) {
      items.add(new Item(i, "Item " + i, "203.0.113." + (i % 200), day));
    }
    return new Page(items, from + PAGE_SIZE);
  }
}
