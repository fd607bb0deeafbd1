/**
 * The reliability and security suite: the real host app and Qualys plugin jar against
 * the Qualys simulator (and a WireMock gateway in front of it where a fault needs a hand-made
 * answer), each case asserting the exit code, the message and the graph.
 *
 * <ul>
 *   <li>{@link dev.graphwright.host.reliability.RecoverableFaultsTest}: 409 storms (1960, 1965),
 *       5xx, resets, a stall past the page deadline, repeated detections and web-app findings,
 *       unknown host ids: exit 0, the graph equals {@code /__sim/expected}.
 *   <li>{@link dev.graphwright.host.reliability.BadDataTest}: truncated and malformed pages,
 *       non-numeric QIDs, structured values, 400/1905: reported, counted, partial (exit 1),
 *       nothing deleted.
 *   <li>{@link dev.graphwright.host.reliability.FatalErrorsTest}: 401/2000, 2001, QPS
 *       UNAUTHORIZED, unreachable and wrong URLs: exit 2, one error line saying what to check,
 *       nothing deleted.
 *   <li>{@link dev.graphwright.host.reliability.CrashRecoveryTest}: {@code kill -9} of a forked
 *       host app in four phases, then a rerun equal to a clean run.
 *   <li>{@link dev.graphwright.host.reliability.SecretsTest}, {@link
 *       dev.graphwright.host.reliability.HostileNamesAndValuesTest}, {@link
 *       dev.graphwright.host.reliability.HostileQualysDataTest}, {@link
 *       dev.graphwright.host.reliability.XmlEntitiesTest}, {@link
 *       dev.graphwright.host.reliability.TwoSubscriptionsTest}.
 * </ul>
 *
 * <p>CI: {@code mvn -pl host-app install -Dtest='dev.graphwright.host.reliability.*Test'} (part of
 * the normal build). The long part — {@link dev.graphwright.host.reliability.CrashMatrixTest}
 * (random kill points, also on the embedded graph) and {@link
 * dev.graphwright.host.reliability.EmbeddedRunExposureTest} — runs with {@code bench/crash-matrix}.
 */
package dev.graphwright.host.reliability;
