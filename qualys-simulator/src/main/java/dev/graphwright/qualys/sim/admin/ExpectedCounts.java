package dev.graphwright.qualys.sim.admin;

import java.util.Map;

/**
 * What a correct client must end up with for a selection of the account (see
 * {@code GET /__sim/expected}). Counts are of distinct things: with the {@code duplicate-*} faults
 * on, the same finding arriving twice still counts once.
 *
 * @param hosts hosts the host list returns for the scan window
 * @param hostAssets QPS host assets of those hosts (every host has one)
 * @param ec2Hosts those hosts that are EC2 instances
 * @param publicIpHosts those hosts whose primary address is public
 * @param hostsWithFindings those hosts with at least one host finding passing the detection filters
 * @param hostFindings distinct finding keys {@code hostId|port|protocol|qid|ssl|type} of those hosts
 *     passing the detection filters
 * @param fixedHostFindings the host findings whose status is Fixed
 * @param distinctQids distinct QIDs over host findings and web-app findings
 * @param cves distinct CVE ids of those QIDs
 * @param qidsWithoutCve those QIDs that have no CVE
 * @param findingVulnerabilityLinks sum over host and web-app findings of max(1, CVEs of its QID)
 * @param webApps web applications selected (scanned after the window start, or all)
 * @param webAppFindings distinct finding {@code uniqueId}s of those applications passing the filter
 * @param hostFindingsBySeverity host findings per severity "1".."5"
 * @param hostFindingsByType host findings per TYPE (Confirmed, Potential, Info)
 * @param hostFindingsByStatus host findings per STATUS ("none" for Info)
 * @param hostQids distinct QIDs over host findings
 * @param webAppQids distinct QIDs over web-app findings
 * @param webAppFindingsByType web-app findings per type
 * @param webAppFindingsBySeverity web-app findings per severity "1".."5"
 */
public record ExpectedCounts(
    long hosts,
    long hostAssets,
    long ec2Hosts,
    long publicIpHosts,
    long hostsWithFindings,
    long hostFindings,
    long fixedHostFindings,
    long distinctQids,
    long cves,
    long qidsWithoutCve,
    long findingVulnerabilityLinks,
    long webApps,
    long webAppFindings,
    Map<String, Long> hostFindingsBySeverity,
    Map<String, Long> hostFindingsByType,
    Map<String, Long> hostFindingsByStatus,
    long hostQids,
    long webAppQids,
    Map<String, Long> webAppFindingsByType,
    Map<String, Long> webAppFindingsBySeverity) {}
