MATCH (d:Deal)-[:DEAL_WITH]->(c:Company)
WHERE c.id IN $ids AND (d.stage = 'WON' OR (d.stage = 'LOST' AND d.competitor <> '' AND coalesce(d.closedAt, d.proposedAt) >= $lossesFrom AND coalesce(d.closedAt, d.proposedAt) <= $asOf))
RETURN c.id AS companyId, d.stage AS stage, CASE WHEN d.stage = 'LOST' THEN d.competitor ELSE NULL END AS competitor, sum(d.amount) AS amount, count(d) AS n
ORDER BY companyId, stage, competitor
