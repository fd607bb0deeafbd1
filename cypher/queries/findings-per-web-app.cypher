// purpose: web applications with their findings, open and worst severity
// params: none
// returns: webApp, url, findings, openFindings, worstSeverity (1-10)
MATCH (a:Application)-[:HAS]->(f:Finding)
RETURN coalesce(a.displayName, a.name, a._key) AS webApp,
       a.url AS url,
       count(f) AS findings,
       sum(CASE WHEN f.open THEN 1 ELSE 0 END) AS openFindings,
       max(f.numericSeverity) AS worstSeverity
ORDER BY openFindings DESC, findings DESC, webApp
LIMIT 50
