// Catching up (in-memory network): one deal as insights/company-deals reads it, with the companies it is with.
MATCH (d:Deal {id: $id})-[:DEAL_WITH]->(c:Company)
RETURN d.id AS id, collect(c.id) AS companyIds, coalesce(d.repId, '') AS repId, d.stage AS stage,
       coalesce(d.amount, -1.0) AS amount, coalesce(d.closedAt, '') AS closedAt,
       coalesce(d.proposedAt, '') AS proposedAt, coalesce(d.productKey, '') AS productKey, coalesce(d.competitor, '') AS competitor
