// Key persons: every deal with the company (who handled it, stage, amount, dates).
MATCH (d:Deal)-[:DEAL_WITH]->(c:Company)
WHERE c.id IN $ids
RETURN c.id AS companyId, d.id AS id, d.repId AS repId, d.stage AS stage, d.amount AS amount,
       d.closedAt AS closedAt, d.proposedAt AS proposedAt, d.productKey AS productKey
