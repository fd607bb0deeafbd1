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
ORDER BY size(findings) DESC
WITH owner, collect(h) AS hosts, collect(findings) AS perHost
UNWIND perHost AS findings
UNWIND findings AS f
WITH owner, hosts, collect(DISTINCT f) AS findings
RETURN owner,
       size(hosts) AS hosts,
       size(findings) AS overdueFindings,
       size([f IN findings WHERE f.severity = 'critical']) AS critical,
       size([f IN findings WHERE f.severity = 'high']) AS high,
       reduce(m = null, f IN findings | CASE WHEN m IS NULL OR f.slaDueOn < m THEN f.slaDueOn ELSE m END)
         AS oldestDueOn,
       [h IN hosts | coalesce(h.displayName, h.name, h._key)][0..5] AS worstHosts
ORDER BY overdueFindings DESC, owner
