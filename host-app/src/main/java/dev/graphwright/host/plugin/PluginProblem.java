package dev.graphwright.host.plugin;

/**
 * A plugin that could not be used, and why: reported, then skipped while the others run.
 *
 * @param plugin the jar or plugin id
 * @param reason what went wrong, in one line
 */
public record PluginProblem(String plugin, String reason) {}
