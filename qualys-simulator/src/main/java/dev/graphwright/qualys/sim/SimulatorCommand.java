package dev.graphwright.qualys.sim;

import dev.graphwright.qualys.sim.data.KnownEc2Instance;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The simulator's command line. Each option sets one field of a {@link SimulatorOptions.Builder};
 * the defaults shown in {@code --help} are read from the builder's, so they cannot drift. Option
 * names are a contract shared with benchmarks and checks.
 */
@Command(
    name = "qualys-simulator",
    sortOptions = false,
    synopsisHeading = "usage: ",
    customSynopsis = "bin/qualys-simulator [options]",
    descriptionHeading = "%n",
    optionListHeading = "%noptions:%n",
    footerHeading = "%n",
    defaultValueProvider = SimulatorCommand.BuilderDefaults.class,
    description =
        "A fake Qualys (VM host list, host detections, knowledge base, QPS host assets, tags,"
            + " asset groups, WAS) with limits, faults and ground truth. Every value is generated"
            + " from the seed while streaming.",
    footer = {
      "Faults are NAME[:RATE][@API]: RATE in (0,1] (default 1); API one of about, activitylog,"
          + " hostlist, detection, kb, portal, hostasset, webapp, finding. Names: 5xx, reset,"
          + " stall, truncate, malformed, bad-qid, non-string, duplicate-detection,"
          + " duplicate-webapp-finding, expired, qps-unauthorized, 409-concurrency, 409-rate.",
      "",
      "Admin endpoints (no auth): GET /__sim/expected, GET /__sim/metrics, GET|POST|DELETE"
          + " /__sim/faults, POST /__sim/reset-metrics, POST /__sim/foreign-running?value=N, POST"
          + " /__sim/churn?share=S[&at=ISO-8601] (rescan a share of the hosts), POST"
          + " /__sim/kb-revise?qids=…[&at=ISO-8601], GET /__sim/sample?hosts=N (detections of"
          + " sampled hosts; expected's filters)."
    })
public final class SimulatorCommand {

  private final SimulatorOptions.Builder builder = SimulatorOptions.builder();

  @Option(
      names = {"-h", "--help"},
      order = 1,
      usageHelp = true,
      description = "show this help and exit")
  private boolean help;

  // Server

  @Option(
      names = "--port",
      order = 2,
      paramLabel = "P",
      description = "port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
  void port(int value) {
    builder.port(value);
  }

  @Option(
      names = "--bind",
      order = 3,
      paramLabel = "ADDRESS",
      description = "address to bind (default: ${DEFAULT-VALUE})")
  void bind(String value) {
    builder.bind(value);
  }

  @Option(
      names = "--port-file",
      order = 4,
      paramLabel = "FILE",
      description = "once listening, write the port to FILE (for scripts)")
  void portFile(String value) {
    builder.portFile(value);
  }

  @Option(
      names = "--username",
      order = 5,
      paramLabel = "U",
      description = "API user (default: ${DEFAULT-VALUE})")
  void username(String value) {
    builder.username(value);
  }

  @Option(
      names = "--password",
      order = 6,
      paramLabel = "P",
      description = "API password (default: ${DEFAULT-VALUE})")
  void password(String value) {
    builder.password(value);
  }

  // Account

  @Option(
      names = "--seed",
      order = 7,
      paramLabel = "S",
      description = "seed of all generated data (default: ${DEFAULT-VALUE})")
  void seed(long value) {
    builder.seed(value);
  }

  @Option(
      names = "--now",
      order = 8,
      paramLabel = "ISO-8601",
      converter = InstantConverter.class,
      description = "anchor of all generated dates, a date or an instant (default: the start"
          + " time, to the minute)")
  void now(Instant value) {
    builder.now(value);
  }

  @Option(
      names = "--hosts",
      order = 9,
      paramLabel = "H",
      description = "hosts (default: ${DEFAULT-VALUE})")
  void hosts(int value) {
    builder.hosts(value);
  }

  @Option(
      names = "--detections-per-host",
      order = 10,
      paramLabel = "D",
      description = "mean detections per host; each gets 0.5x-1.5x (default: ${DEFAULT-VALUE})")
  void detectionsPerHost(int value) {
    builder.detectionsPerHost(value);
  }

  @Option(
      names = "--qids",
      order = 11,
      paramLabel = "N",
      description = "size of the host QID pool (default: ${DEFAULT-VALUE})")
  void qids(int value) {
    builder.qids(value);
  }

  @Option(
      names = "--web-apps",
      order = 12,
      paramLabel = "N",
      description = "web applications (default: ${DEFAULT-VALUE})")
  void webApps(int value) {
    builder.webApps(value);
  }

  @Option(
      names = "--findings-per-web-app",
      order = 13,
      paramLabel = "N",
      description = "mean findings per scanned web application (default: ${DEFAULT-VALUE})")
  void findingsPerWebApp(int value) {
    builder.findingsPerWebApp(value);
  }

  @Option(
      names = "--ec2-share",
      order = 14,
      paramLabel = "X",
      description = "share of EC2 hosts (default: ${DEFAULT-VALUE})")
  void ec2Share(double value) {
    builder.ec2Share(value);
  }

  @Option(
      names = "--public-ip-share",
      order = 15,
      paramLabel = "X",
      description = "share of hosts with a public primary address (default: ${DEFAULT-VALUE})")
  void publicIpShare(double value) {
    builder.publicIpShare(value);
  }

  @Option(
      names = "--shared-ip-share",
      order = 16,
      paramLabel = "X",
      description =
          "share of hosts sharing the previous host's address (default: ${DEFAULT-VALUE})")
  void sharedIpShare(double value) {
    builder.sharedIpShare(value);
  }

  @Option(
      names = "--shared-fqdn-share",
      order = 17,
      paramLabel = "X",
      description =
          "share of hosts sharing the previous host's DNS name" + " (default: ${DEFAULT-VALUE})")
  void sharedFqdnShare(double value) {
    builder.sharedFqdnShare(value);
  }

  @Option(
      names = "--stale-host-share",
      order = 18,
      paramLabel = "X",
      description = "share of hosts last scanned 10-60 days ago (default: ${DEFAULT-VALUE})")
  void staleHostShare(double value) {
    builder.staleHostShare(value);
  }

  @Option(
      names = "--fixed-share",
      order = 19,
      paramLabel = "X",
      description = "share of detections with status Fixed (default: ${DEFAULT-VALUE})")
  void fixedShare(double value) {
    builder.fixedShare(value);
  }

  @Option(
      names = "--ec2-instances",
      order = 20,
      paramLabel = "FILE",
      description = "the first hosts are these EC2 instances (CSV lines: account,region,"
          + "instance-id,private-ip,public-ip), e.g. those seeded in an AWS emulator")
  void ec2Instances(Path file) {
    builder.ec2Instances(KnownEc2Instance.readCsv(file));
  }

  @Option(
      names = "--evaluation",
      order = 21,
      arity = "0..1",
      paramLabel = "true|false",
      description = "add the evaluation-subscription banner comments")
  void evaluation(boolean value) {
    builder.evaluation(value);
  }

  // Limits

  @Option(
      names = "--concurrency-limit",
      order = 22,
      paramLabel = "N",
      description = "simultaneous calls per limited API; 0 disables (default: ${DEFAULT-VALUE})")
  void concurrencyLimit(int value) {
    builder.concurrencyLimit(value);
  }

  @Option(
      names = "--foreign-running",
      order = 23,
      paramLabel = "N",
      description = "slots held by simulated foreign callers (default: ${DEFAULT-VALUE})")
  void foreignRunning(int value) {
    builder.foreignRunning(value);
  }

  @Option(
      names = "--rate-limit",
      order = 24,
      paramLabel = "N",
      description = "calls per window per limited API; 0 disables (default: ${DEFAULT-VALUE})")
  void rateLimit(int value) {
    builder.rateLimit(value);
  }

  @Option(
      names = "--rate-window-sec",
      order = 25,
      paramLabel = "N",
      description = "rate window length (default: ${DEFAULT-VALUE})")
  void rateWindowSec(int value) {
    builder.rateWindowSec(value);
  }

  @Option(
      names = "--latency-ms",
      order = 26,
      paramLabel = "MS",
      description = "delay before the first byte of every page (default: ${DEFAULT-VALUE})")
  void latencyMs(long value) {
    builder.latencyMs(value);
  }

  @Option(
      names = "--latency-per-host-ms",
      order = 27,
      paramLabel = "MS",
      description = "delay per host streamed (default: ${DEFAULT-VALUE})")
  void latencyPerHostMs(long value) {
    builder.latencyPerHostMs(value);
  }

  // Faults

  @Option(
      names = "--fault",
      order = 28,
      paramLabel = "NAME[:RATE][@API]",
      description = "inject a fault (repeatable; see below)")
  private List<String> faults = new ArrayList<>();

  @Option(
      names = "--stall-max-sec",
      order = 29,
      paramLabel = "N",
      description = "longest a stalled response holds its connection (default: ${DEFAULT-VALUE})")
  void stallMaxSec(long value) {
    builder.stallMaxSec(value);
  }

  /**
   * Parses the command line into options.
   *
   * @throws IllegalArgumentException naming the bad option and saying what is wrong
   */
  public static SimulatorOptions parse(String... args) {
    var command = new SimulatorCommand();
    try {
      commandLine(command).parseArgs(args);
    } catch (UnmatchedArgumentException e) {
      var suggestions = e.getSuggestions();
      throw new IllegalArgumentException(
          e.getMessage()
              + (suggestions.isEmpty()
                  ? ""
                  : " (did you mean " + String.join(" or ", suggestions) + "?)"),
          e);
    } catch (ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return command.builder.faults(command.faults).build();
  }

  /** Whether the command line asks for the help rather than a simulator. */
  public static boolean helpRequested(String... args) {
    try {
      return commandLine(new SimulatorCommand()).parseArgs(args).isUsageHelpRequested();
    } catch (ParameterException e) {
      return false;
    }
  }

  /** The {@code --help} text. */
  public static String usage() {
    var text = new StringWriter();
    commandLine(new SimulatorCommand()).usage(new PrintWriter(text));
    return text.toString();
  }

  private static CommandLine commandLine(SimulatorCommand command) {
    var commandLine = new CommandLine(command);
    commandLine.setExpandAtFiles(false);
    commandLine.setOverwrittenOptionsAllowed(true); // the last value wins, as scripts expect
    return commandLine;
  }

  /**
   * The defaults of a builder that nothing was set on, found by the option's name: {@code
   * --detections-per-host} is the record component {@code detectionsPerHost}.
   */
  static final class BuilderDefaults implements IDefaultValueProvider {

    private static final SimulatorOptions DEFAULTS = SimulatorOptions.builder().build();

    @Override
    public String defaultValue(ArgSpec argument) throws Exception {
      if (!(argument instanceof OptionSpec option)) {
        return null;
      }
      var component = component(option.longestName().substring(2));
      if (component == null) {
        return null;
      }
      var value = component.getAccessor().invoke(DEFAULTS);
      return value == null || value instanceof List<?> ? null : String.valueOf(value);
    }

    private static RecordComponent component(String optionName) {
      var camel = new StringBuilder();
      for (var part : optionName.split("-")) {
        camel.append(
            camel.isEmpty()
                ? part
                : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
      }
      for (var component : SimulatorOptions.class.getRecordComponents()) {
        if (component.getName().equals(camel.toString())) {
          return component;
        }
      }
      return null;
    }
  }

  /** {@code 2026-01-02} (midnight UTC) or an ISO-8601 instant. */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return value.length() == 10
            ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
            : Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not an ISO-8601 date or instant");
      }
    }
  }
}
