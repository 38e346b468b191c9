// Warm-path cache: every deal between a rep and a manager, one row of parallel lists (null becomes '').
MATCH (d:Deal)
WHERE d.repId IS NOT NULL AND d.managerId IS NOT NULL
RETURN collect(d.id) AS ids, collect(d.repId) AS repIds, collect(d.managerId) AS managerIds, collect(d.stage) AS stages,
       collect(coalesce(d.closedAt, '')) AS closedAts, collect(coalesce(d.proposedAt, '')) AS proposedAts
