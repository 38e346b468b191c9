// Relationship risks (partner deal facts, kept in memory by the change feed): every won or lost deal with its company,
// what the risk rules read of it (the amount a won deal adds, a lost deal's competitor and day).
MATCH (d:Deal)-[:DEAL_WITH]->(c:Company)
WHERE d.stage IN ['WON', 'LOST']
RETURN d.id AS id, c.id AS companyId, d.stage AS stage, d.amount AS amount, d.competitor AS competitor, coalesce(d.closedAt, d.proposedAt) AS day
