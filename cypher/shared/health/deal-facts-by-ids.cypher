// Relationship risks (partner deal facts): as health/deal-facts-all, the deals of $ids (a changed deal read again).
MATCH (d:Deal)-[:DEAL_WITH]->(c:Company)
WHERE d.id IN $ids AND d.stage IN ['WON', 'LOST']
RETURN d.id AS id, c.id AS companyId, d.stage AS stage, d.amount AS amount, d.competitor AS competitor, coalesce(d.closedAt, d.proposedAt) AS day
