package dev.graphwright.qualys.sim.api;

/**
 * Account-wide settings that show in responses.
 *
 * @param evaluation whether responses carry the evaluation-subscription banner comments
 * @param latencyPerHostMs delay per host streamed by the host APIs
 * @param poweredBy the {@code X-Powered-By} value, {@code Qualys:USPOD3:<uuid>:<uuid>}
 */
public record ServiceProfile(
    String username, boolean evaluation, long latencyPerHostMs, String poweredBy) {}
