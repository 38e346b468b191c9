// The companies first (an index seek per id), then their deals: with the deals first, Neo4j scanned every deal twice
// (a union for the OR) before it looked at the companies.
MATCH (c:Company) WHERE c.id IN $ids
MATCH (d:Deal)-[:DEAL_WITH]->(c)
WITH c.id AS companyId, d, d.stage AS stage
WHERE stage = 'WON' OR (stage = 'LOST' AND d.competitor <> '' AND coalesce(d.closedAt, d.proposedAt) >= $lossesFrom AND coalesce(d.closedAt, d.proposedAt) <= $asOf)
RETURN companyId, stage, CASE WHEN stage = 'LOST' THEN d.competitor ELSE NULL END AS competitor, sum(d.amount) AS amount, count(d) AS n
ORDER BY companyId, stage, competitor
