package dev.graphwright.qualys.client.vm;

/**
 * Page sizes and parallelism of the VM API calls.
 *
 * @param hostListTruncation host list {@code truncation_limit} (ids per page)
 * @param detectionTruncation host detection {@code truncation_limit} (hosts per page)
 * @param kbQidsPerRequest QIDs per KnowledgeBase call
 * @param workers worker threads per download; the governor decides how many calls run at once
 */
public record VmPaging(
    int hostListTruncation, int detectionTruncation, int kbQidsPerRequest, int workers) {}
