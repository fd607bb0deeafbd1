package dev.graphwright.aws.emulator;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds a running emulator for the demo and writes the instances it made as CSV (account, region,
 * instance id, private IP, public IP), one per line, for the Qualys simulator's
 * {@code --ec2-instances}.
 *
 * <p>Usage: {@code seed ENDPOINT REGIONS INSTANCES_PER_REGION OUT_FILE}, e.g. {@code seed
 * http://127.0.0.1:5000 us-east-1,eu-west-1 6 data/demo-ec2.csv}
 */
public final class SeedCommand {

  private SeedCommand() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: seed ENDPOINT REGIONS INSTANCES_PER_REGION OUT_FILE");
      System.exit(2);
    }
    var regions = List.of(args[1].split(","));
    var seeded = new AccountSeeder(URI.create(args[0])).seed(regions, Integer.parseInt(args[2]));
    var lines = new ArrayList<String>();
    seeded.forEach(instance -> lines.add(instance.csv()));
    Files.write(Path.of(args[3]), lines);
    long exposed = seeded.stream().filter(SeededInstance::exposed).count();
    System.out.println("Seeded " + seeded.size() + " EC2 instances (" + exposed
        + " open to the internet) in " + String.join(", ", regions));
  }
}
