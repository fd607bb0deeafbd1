// purpose: open findings past their SLA due date (slaDueOn, from QUALYS_SLA_DAYS), by who owns their host
// params: none
// returns: owner, hosts, overdueFindings, critical, high, oldestDueOn (epoch ms), worstHosts (up to five)
MATCH (f:Finding)
WHERE f.open = true AND f.slaDueOn < timestamp()
OPTIONAL MATCH (h:Host)-[:HAS]->(f)
WITH f, h,
     CASE WHEN h IS NULL THEN 'no host'
          WHEN h:Placeholder THEN 'placeholder (nobody owns it yet)'
          ELSE 'owned by ' + h._instanceId END AS owner
WITH owner, h, collect(f) AS findings
WITH owner, h, findings, size(findings) AS overdue
ORDER BY overdue DESC
WITH owner,
     count(h) AS hosts,
     sum(overdue) AS overdueFindings,
     sum(size([f IN findings WHERE f.severity = 'critical'])) AS critical,
     sum(size([f IN findings WHERE f.severity = 'high'])) AS high,
     min(reduce(m = null, f IN findings | CASE WHEN m IS NULL OR f.slaDueOn < m THEN f.slaDueOn ELSE m END)) AS oldestDueOn,
     collect(coalesce(h.displayName, h.name, h._key))[0..5] AS worstHosts
RETURN owner, hosts, overdueFindings, critical, high, oldestDueOn, worstHosts
ORDER BY overdueFindings DESC, owner
