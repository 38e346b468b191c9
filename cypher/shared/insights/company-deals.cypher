// Key persons, proposals and relationship risks: every deal with the company (who handled it, stage, amount, dates,
// product, the competitor a lost deal went to).
MATCH (d:Deal)-[:DEAL_WITH]->(c:Company)
WHERE c.id IN $ids
RETURN c.id AS companyId, collect(d.id) AS ids, collect(coalesce(d.repId, '')) AS repIds, collect(d.stage) AS stages,
       collect(coalesce(d.amount, -1.0)) AS amounts, collect(coalesce(d.closedAt, '')) AS closedAt,
       collect(coalesce(d.proposedAt, '')) AS proposedAt, collect(coalesce(d.productKey, '')) AS productKeys,
       collect(coalesce(d.competitor, '')) AS competitors
