// purpose: what the graph holds, per integration instance and type
// params: none
// returns: instance, type, nodes
MATCH (n:Entity)
RETURN n._instanceId AS instance, n._type AS type, count(*) AS nodes
ORDER BY instance, nodes DESC
