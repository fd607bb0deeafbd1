package dev.graphwright.neo4j;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Who holds a run lock: this machine's name and a process id, to spot a killed holder at once. */
final class LockHolder {

  private LockHolder() {}

  static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }

  static boolean alive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
