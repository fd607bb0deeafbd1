package dev.graphwright.qualys.client.am;

import org.jspecify.annotations.Nullable;

/**
 * One {@code networkInterface/list/HostAssetInterface}.
 *
 * @param hostname {@code hostname}
 * @param type {@code type}, e.g. PRIVATE or PUBLIC
 * @param address {@code address}
 */
public record NetworkInterface(
    @Nullable String hostname,
    @Nullable String type,
    @Nullable String address) {}
