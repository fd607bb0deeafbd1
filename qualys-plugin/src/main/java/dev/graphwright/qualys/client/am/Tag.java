package dev.graphwright.qualys.client.am;

/** An Asset Management tag: {@code Tag/id} and {@code Tag/name}. */
public record Tag(String id, String name) {}
