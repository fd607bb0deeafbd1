package dev.graphwright.qualys.sim.server;

import dev.graphwright.qualys.sim.api.SimpleReturn;
import dev.graphwright.qualys.sim.catalog.Api;
import dev.graphwright.qualys.sim.http.BodyWriter;
import dev.graphwright.qualys.sim.http.Reply;
import dev.graphwright.qualys.sim.limits.Admission;
import dev.graphwright.qualys.sim.xml.IsoDates;
import java.time.Instant;
import java.util.Map;

/** The fixed answers of the front door: auth failures, refusals, injected errors. */
final class Responses {
  private Responses() {}

  static Reply notFound(String path) {
    return html(404, "Not Found", "The requested URL " + path + " was not found on this server.");
  }

  static Reply methodNotAllowed(String method) {
    return html(
        405,
        "Method Not Allowed",
        "The requested method " + method + " is not allowed for this URL.");
  }

  /** HTTP 401, SIMPLE_RETURN 2000; the caller adds no limit and no X-Powered-By headers. */
  static Reply badLogin(String origin) {
    return SimpleReturn.reply(
        401, SimpleReturn.TEXT_XML, origin, true, 2000, "Bad Login/Password", Map.of());
  }

  /** HTTP 200, SIMPLE_RETURN 2001, as Qualys answered a recorded expired evaluation account. */
  static Reply expired(String origin) {
    return SimpleReturn.reply(
        200, SimpleReturn.TEXT_XML, origin, true, 2001, "This account has expired.", Map.of());
  }

  /** HTTP 200 with {@code responseCode} UNAUTHORIZED, as QPS answers users without API access. */
  static Reply qpsUnauthorized() {
    BodyWriter body = BodyWriter.of(out -> {
      out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      out.open("ServiceResponse", "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
      out.leaf("responseCode", "UNAUTHORIZED");
      out.open("responseErrorDetails");
      out.leaf("errorMessage", "You are not authorized to access the application through the API.");
      out.leaf(
          "errorResolution", "If you think this is an error, please contact your account manager.");
      out.close("responseErrorDetails");
      out.close("ServiceResponse");
    });
    return Reply.status(200, "application/xml").body(body).build();
  }

  static Reply missingRequestedWith(String origin) {
    return SimpleReturn.reply(
        400,
        SimpleReturn.APPLICATION_XML,
        origin,
        false,
        null,
        "Missing required header: X-Requested-With. It must be included in all API calls (any value, e.g. curl).",
        Map.of());
  }

  /** HTTP 409 for a refused call: 1960 (concurrency) or 1965 (rate). */
  static Reply conflict(String origin, Admission admission) {
    if (admission.outcome() == Admission.Outcome.CONCURRENCY) {
      int n = admission.callsToFinish();
      String text = "This API cannot be run again until " + n + " currently running API "
          + (n == 1 ? "instance has" : "instances have") + " finished.";
      return SimpleReturn.reply(
          409,
          SimpleReturn.APPLICATION_XML,
          origin,
          true,
          1960,
          text,
          Map.of("CALLS_TO_FINISH", Integer.toString(n)));
    }
    long wait = admission.secondsToWait();
    return SimpleReturn.reply(
        409,
        SimpleReturn.APPLICATION_XML,
        origin,
        true,
        1965,
        "This API cannot be run again for another " + SimpleReturn.duration(wait) + ".",
        Map.of("SECONDS_TO_WAIT", Long.toString(wait)));
  }

  /** An injected server error: 500 from the application, 502 or 503 from the load balancer. */
  static Reply serverError(Api api, String origin, String username, long draw) {
    int status = new int[] {500, 502, 503}[(int) Math.floorMod(draw, 3L)];
    if (status == 500 && api.family() == Api.Family.V2) {
      BodyWriter body = BodyWriter.of(out -> {
        out.declaration();
        out.doctype("GENERIC_RETURN", origin + "/generic_return.dtd");
        out.open("GENERIC_RETURN");
        out.empty(
            "API",
            "name",
            api.key(),
            "username",
            username,
            "at",
            IsoDates.format(Instant.now().getEpochSecond()));
        out.rawLine(
            "<RETURN status=\"FAILED\" number=\"999\">Internal error. Please contact customer support.</RETURN>");
        out.close("GENERIC_RETURN");
      });
      return Reply.status(500, SimpleReturn.TEXT_XML).body(body).build();
    }
    return switch (status) {
      case 502 ->
        html(
            502,
            "Bad Gateway",
            "The proxy server received an invalid response from an upstream server.");
      case 503 ->
        html(
            503,
            "Service Unavailable",
            "The server is temporarily unable to service your request due to"
                + " maintenance downtime or capacity problems. Please try again later.");
      default -> internalError();
    };
  }

  static Reply internalError() {
    return html(500, "Internal Server Error", "The server encountered an internal error.");
  }

  private static Reply html(int status, String title, String message) {
    String page = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>"
        + status + " " + title + "</title>\n</head><body>\n<h1>" + title + "</h1>\n<p>" + message
        + "</p>\n</body></html>\n";
    return Reply.status(status, "text/html; charset=iso-8859-1")
        .body(BodyWriter.of(out -> out.raw(page)))
        .build();
  }
}
