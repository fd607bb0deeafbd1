package dev.graphwright.host.plugin;

import org.pf4j.Plugin;

/** A plugin whose start fails: packaged into a throwaway jar by {@link PluginLoaderTest}. */
public class FailingPlugin extends Plugin {

  @Override
  public void start() {
    throw new IllegalStateException("cannot start on purpose");
  }
}
