package dev.graphwright.qualys.sim.data;

import java.util.ArrayList;
import java.util.List;

/**
 * An EC2 instance the simulated account scans, as another source knows it.
 *
 * @param publicIp null when it has none
 */
public record KnownEc2Instance(
    String accountId, String region, String instanceId, String privateIp, String publicIp) {

  /** Reads {@code account,region,instance-id,private-ip,public-ip} lines (public IP may be empty). */
  public static List<KnownEc2Instance> readCsv(java.nio.file.Path file) {
    try {
      var instances = new ArrayList<KnownEc2Instance>();
      for (var line : java.nio.file.Files.readAllLines(file)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        var f = line.split(",", -1);
        if (f.length != 5) {
          throw new IllegalArgumentException(
              "--ec2-instances: expected account,region,instance-id,private-ip,public-ip in " + file
                  + ", got: " + line);
        }
        instances.add(new KnownEc2Instance(
            f[0].strip(),
            f[1].strip(),
            f[2].strip(),
            f[3].strip(),
            f[4].isBlank() ? null : f[4].strip()));
      }
      return instances;
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(
          "--ec2-instances: cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
