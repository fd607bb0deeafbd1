package dev.graphwright.qualys.client.vm;

import org.jspecify.annotations.Nullable;

/**
 * A CVE of a KB vulnerability ({@code CVE_LIST/CVE}).
 *
 * @param id e.g. {@code CVE-2020-3403}
 * @param url the CVE's page, when given
 */
public record Cve(String id, @Nullable String url) {}
