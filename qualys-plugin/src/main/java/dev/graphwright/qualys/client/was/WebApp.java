package dev.graphwright.qualys.client.was;

import dev.graphwright.api.graph.RawRef;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One WAS {@code WebApp}.
 *
 * @param id {@code id}
 * @param name {@code name}
 * @param url {@code url}
 * @param createdDate {@code createdDate}
 * @param updatedDate {@code updatedDate}
 * @param tags tag names ({@code tags/list/Tag/name}), empty when none
 * @param rawRef the WebApp element
 */
public record WebApp(
    @Nullable String id,
    @Nullable String name,
    @Nullable String url,
    @Nullable Instant createdDate,
    @Nullable Instant updatedDate,
    List<String> tags,
    RawRef rawRef) {

  public WebApp {
    tags = List.copyOf(tags);
  }
}
