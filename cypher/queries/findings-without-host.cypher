// purpose: host findings that could not be linked to any host (expected: none)
// params: none
// returns: finding, name, qualysHostId, severity, instance
MATCH (f:qualys_host_finding)
WHERE NOT (f)<-[:HAS]-(:Host)
RETURN f._key AS finding,
       f.name AS name,
       f.qualysHostId AS qualysHostId,
       f.severity AS severity,
       f._instanceId AS instance
ORDER BY instance, finding
LIMIT 50
