// purpose: hosts Qualys scans that no other integration owns yet (mapper placeholders)
// params: none
// returns: hostType, host, publicIp, fqdn, qualysHostId, lastScannedOn (ISO date)
MATCH (p:Placeholder:Host)
WHERE p.scannedBy = 'qualys'
RETURN p._type AS hostType,
       coalesce(p.displayName, p.hostname, p._key) AS host,
       p.publicIpAddress AS publicIp,
       p.fqdn AS fqdn,
       p.qualysHostId AS qualysHostId,
       CASE WHEN p.lastScannedOn IS NULL THEN null
            ELSE toString(datetime({epochMillis: p.lastScannedOn})) END AS lastScannedOn
ORDER BY hostType, host
LIMIT 50
