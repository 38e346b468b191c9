// In-memory network (key persons, relationship risks): every deal with a company, as insights/company-deals reads
// them, one row each (null becomes '', a null amount -1; rows, not one record of lists: see all-companies.cypher).
MATCH (d:Deal)-[:DEAL_WITH]->(c:Company)
RETURN d.id AS ids, c.id AS companyIds, coalesce(d.repId, '') AS repIds, d.stage AS stages,
       coalesce(d.amount, -1.0) AS amounts, coalesce(d.closedAt, '') AS closedAt,
       coalesce(d.proposedAt, '') AS proposedAt, coalesce(d.productKey, '') AS productKeys, coalesce(d.competitor, '') AS competitors
