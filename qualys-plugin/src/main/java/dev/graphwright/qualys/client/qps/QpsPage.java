package dev.graphwright.qualys.client.qps;

import org.jspecify.annotations.Nullable;

/**
 * The paging facts of one QPS page.
 *
 * @param hasMoreRecords {@code hasMoreRecords}
 * @param lastId {@code lastId}, or the largest record id seen when Qualys left it out
 */
public record QpsPage(boolean hasMoreRecords, @Nullable String lastId) {}
