// purpose: open findings past their SLA due date (slaDueOn, from QUALYS_SLA_DAYS), by each Qualys tag of their host; a host Qualys gave no tag (or that another integration owns) counts under '(no Qualys tag)'
// params: none
// returns: tag, hosts, overdueFindings, critical, high, oldestDueOn (epoch ms)
MATCH (h:Host)-[:HAS]->(f:Finding)
WHERE f.open = true AND f.slaDueOn < timestamp()
UNWIND CASE WHEN size(coalesce(h.tags, [])) = 0 THEN ['(no Qualys tag)'] ELSE h.tags END AS tag
WITH tag, collect(DISTINCT h) AS hosts, collect(DISTINCT f) AS findings
RETURN tag,
       size(hosts) AS hosts,
       size(findings) AS overdueFindings,
       size([f IN findings WHERE f.severity = 'critical']) AS critical,
       size([f IN findings WHERE f.severity = 'high']) AS high,
       reduce(m = null, f IN findings | CASE WHEN m IS NULL OR f.slaDueOn < m THEN f.slaDueOn ELSE m END)
         AS oldestDueOn
ORDER BY overdueFindings DESC, tag
