// purpose: every Host by type and by who owns it (an integration instance, or nobody yet: a placeholder), with how many have findings
// params: none
// returns: hostType, owner, hosts, withFindings
MATCH (h:Host)
WITH h._type AS hostType,
     CASE WHEN h:Placeholder THEN 'placeholder (nobody owns it yet)'
          ELSE 'owned by ' + h._instanceId END AS owner,
     h
RETURN hostType, owner, count(h) AS hosts,
       count(CASE WHEN EXISTS { (h)-[:HAS]->(:Finding) } THEN 1 END) AS withFindings
ORDER BY hostType, owner
