package dev.graphwright.qualys.sim;

import com.github.tomakehurst.wiremock.common.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes WireMock's own messages to SLF4J: information at DEBUG, errors at WARN. */
final class QuietNotifier implements Notifier {
  private static final Logger log = LoggerFactory.getLogger("dev.graphwright.qualys.sim.wiremock");

  @Override
  public void info(String message) {
    log.debug("{}", message);
  }

  @Override
  public void error(String message) {
    log.warn("{}", message);
  }

  @Override
  public void error(String message, Throwable t) {
    log.warn("{}", message, t);
  }
}
