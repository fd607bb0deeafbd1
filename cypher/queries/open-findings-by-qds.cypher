// purpose: open findings ranked by Qualys Detection Score (QDS 1-100), the riskiest first
// params: none
// returns: qds, qdsSeverity, qid, title, host, publicIp, exploitMaturity, threatIndicators
MATCH (f:Finding)
WHERE f.open = true AND f.qdsScore IS NOT NULL
OPTIONAL MATCH (h:Host)-[:HAS]->(f)
RETURN f.qdsScore AS qds,
       f.qdsSeverity AS qdsSeverity,
       f.qid AS qid,
       f.name AS title,
       coalesce(h.displayName, h.name, h._key) AS host,
       h.publicIpAddress AS publicIp,
       f.qdsExploitMaturity AS exploitMaturity,
       f.qdsRti AS threatIndicators
ORDER BY qds DESC, qid, host
LIMIT 50
