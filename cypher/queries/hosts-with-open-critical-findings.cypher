// purpose: hosts with open critical findings, the most exposed first
// params: none
// returns: host, hostType, publicIp, criticalFindings, topQids (up to five QIDs)
MATCH (h:Host)-[:HAS]->(f:Finding)
WHERE f.open = true AND f.severity = 'critical'
WITH h, count(f) AS criticalFindings, collect(DISTINCT f.qid)[0..5] AS topQids
RETURN coalesce(h.displayName, h.name, h._key) AS host,
       h._type AS hostType,
       h.publicIpAddress AS publicIp,
       criticalFindings,
       topQids
ORDER BY criticalFindings DESC, host
LIMIT 25
