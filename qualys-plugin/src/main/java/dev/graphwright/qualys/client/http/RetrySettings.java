package dev.graphwright.qualys.client.http;

import java.time.Duration;

/**
 * The retry policy.
 *
 * @param maxRetries retries of a page after 5xx, 202, resets, timeouts, the page deadline or a
 *     broken body
 * @param max409Retries retries after 409 (concurrency 1960/1920, rate 1965)
 * @param baseBackoff first backoff; doubles per retry, with jitter
 * @param maxBackoff backoff ceiling
 * @param concurrencyWait wait after a 409/1960 (jittered ±50 %)
 * @param maxRateWait longest announced rate-limit wait worth sitting out; longer fails the call
 * @param pageDeadline overall deadline of one page: request, body and parsing
 */
public record RetrySettings(
    int maxRetries,
    int max409Retries,
    Duration baseBackoff,
    Duration maxBackoff,
    Duration concurrencyWait,
    Duration maxRateWait,
    Duration pageDeadline) {}
