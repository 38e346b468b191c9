// In-memory network (key persons, relationship risks): every deal with a company, as insights/company-deals reads
// them, one row of parallel lists (null becomes '', a null amount -1).
MATCH (d:Deal)-[:DEAL_WITH]->(c:Company)
RETURN collect(c.id) AS companyIds, collect(d.id) AS ids, collect(coalesce(d.repId, '')) AS repIds, collect(d.stage) AS stages,
       collect(coalesce(d.amount, -1.0)) AS amounts, collect(coalesce(d.closedAt, '')) AS closedAt,
       collect(coalesce(d.proposedAt, '')) AS proposedAt, collect(coalesce(d.productKey, '')) AS productKeys,
       collect(coalesce(d.competitor, '')) AS competitors
