// purpose: the vulnerabilities with open findings on the most hosts
// params: none
// returns: vulnerability (CVE id or vuln-qid), title, cvss, hosts, openFindings
MATCH (h:Host)-[:HAS]->(f:Finding)-[:IS]->(v:Vulnerability)
WHERE f.open = true
WITH v, count(DISTINCT h) AS hosts, count(DISTINCT f) AS openFindings, collect(DISTINCT f.name)[0] AS title
RETURN coalesce(v.id, v._key) AS vulnerability,
       title,
       coalesce(v.cvssScoreV3, v.cvssScore) AS cvss,
       hosts,
       openFindings
ORDER BY hosts DESC, openFindings DESC, vulnerability
LIMIT 25
