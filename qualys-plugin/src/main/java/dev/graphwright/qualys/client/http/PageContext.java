package dev.graphwright.qualys.client.http;

import dev.graphwright.qualys.client.limits.ApiLimits;

/**
 * What a parser knows about the page it reads.
 *
 * @param endpoint the API path, for error messages
 * @param page the raw archive's page name, for {@link dev.graphwright.api.graph.RawRef}s
 * @param limits the response's limit headers ({@link ApiLimits#NONE} on replay)
 */
public record PageContext(String endpoint, String page, ApiLimits limits) {}
