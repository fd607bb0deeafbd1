package dev.graphwright.qualys.client.was;

import org.jspecify.annotations.Nullable;

/**
 * The web app a finding belongs to ({@code Finding/webApp}).
 *
 * @param id {@code id}
 * @param name {@code name}
 * @param url {@code url}
 */
public record WebAppRef(
    @Nullable String id, @Nullable String name, @Nullable String url) {}
