// Warm-path cache: every deal between a rep and a manager, one row each (null becomes ''; rows, not one record of
// lists: see all-companies.cypher).
MATCH (d:Deal)
WHERE d.repId IS NOT NULL AND d.managerId IS NOT NULL
RETURN d.id AS ids, d.repId AS repIds, d.managerId AS managerIds, d.stage AS stages,
       coalesce(d.closedAt, '') AS closedAts, coalesce(d.proposedAt, '') AS proposedAts
