// purpose: how long fixed findings took to fix (first seen to fixed), by severity, and how many missed their SLA
// params: none
// returns: severity, fixedFindings, meanDaysToFix, medianDaysToFix, fixedLate
MATCH (f:Finding)
WHERE f.timeToFixDays IS NOT NULL
WITH f.severity AS severity,
     max(f.numericSeverity) AS rank,
     count(f) AS fixedFindings,
     round(avg(f.timeToFixDays), 1) AS meanDaysToFix,
     percentileDisc(f.timeToFixDays, 0.5) AS medianDaysToFix,
     count(CASE WHEN f.slaBreached THEN 1 END) AS fixedLate
RETURN severity, fixedFindings, meanDaysToFix, medianDaysToFix, fixedLate
ORDER BY rank DESC
