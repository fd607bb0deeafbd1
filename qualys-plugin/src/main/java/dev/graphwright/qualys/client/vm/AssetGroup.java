package dev.graphwright.qualys.client.vm;

/** An asset group: {@code ASSET_GROUP/ID} and {@code TITLE}. */
public record AssetGroup(String id, String title) {}
