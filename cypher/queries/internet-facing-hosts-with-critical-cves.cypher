// purpose: internet-facing hosts (with a publicIpAddress) carrying an open finding of a CVE with CVSS >= 9
// params: none
// returns: publicIp, host, maxCvss, cves (up to ten), findings
MATCH (h:Host)-[:HAS]->(f:Finding)-[:IS]->(v:cve)
WHERE h.publicIpAddress IS NOT NULL
  AND f.open = true
  AND coalesce(v.cvssScoreV3, v.cvssScore) >= 9
WITH h, max(coalesce(v.cvssScoreV3, v.cvssScore)) AS maxCvss,
     collect(DISTINCT v.id) AS allCves, count(DISTINCT f) AS findings
RETURN h.publicIpAddress AS publicIp,
       coalesce(h.displayName, h.name, h._key) AS host,
       maxCvss,
       allCves[0..10] AS cves,
       findings
ORDER BY maxCvss DESC, findings DESC, publicIp
LIMIT 25
