package dev.graphwright.host.cli;

import dev.graphwright.runtime.run.RunnerSettings;
import java.nio.file.Path;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of {@link RunOptions}, read from {@link RunnerSettings#defaults} so that the help
 * text and the runner never disagree.
 */
final class RunDefaults implements IDefaultValueProvider {

  private static final RunnerSettings DEFAULTS = RunnerSettings.defaults(Path.of("data"));

  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option)) {
      return null;
    }
    return switch (option.longestName()) {
      case "--batch-size" -> String.valueOf(DEFAULTS.writer().batchSize());
      case "--writer-threads" -> String.valueOf(DEFAULTS.writer().threads());
      case "--parallel-steps" -> String.valueOf(DEFAULTS.stepParallelism());
      case "--raw-keep-runs" -> String.valueOf(DEFAULTS.rawKeepRuns());
      case "--raw-max-mb" -> String.valueOf(DEFAULTS.rawMaxBytes() >> 20);
      case "--max-delete-share" -> String.valueOf(DEFAULTS.maxDeleteShare());
      default -> null;
    };
  }
}
