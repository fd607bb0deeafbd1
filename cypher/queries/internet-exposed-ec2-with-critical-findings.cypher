// purpose: internet-exposed EC2 instances (a public address behind a security group open to the world) with open critical findings, by VPC
// params: none
// returns: vpc, region, instance, publicIp, openGroups, openPorts, criticalFindings
MATCH (g:aws_security_group)-[:PROTECTS]->(i:aws_instance)
WHERE g.openToInternet = true AND i.publicIpAddress IS NOT NULL AND NOT i:Placeholder
WITH i, collect(DISTINCT g.groupName) AS openGroups,
     reduce(ports = [], group IN collect(g) | ports + coalesce(group.openToInternetPorts, [])) AS openPorts
MATCH (i)-[:HAS]->(f:Finding)
WHERE f.open = true AND f.severity = 'critical'
WITH i, openGroups, openPorts, count(f) AS criticalFindings
OPTIONAL MATCH (v:aws_vpc)-[:CONTAINS]->(:aws_subnet)-[:HAS]->(i)
RETURN coalesce(v.displayName, i.vpcId) AS vpc,
       i.region AS region,
       coalesce(i.displayName, i.instanceId) AS instance,
       i.publicIpAddress AS publicIp,
       openGroups,
       openPorts,
       criticalFindings
ORDER BY vpc, criticalFindings DESC, instance
LIMIT 50
