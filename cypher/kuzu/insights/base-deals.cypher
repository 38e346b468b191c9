// Proposals: every won or open deal (product, company, rep, stage, closedAt else proposedAt).
MATCH (d:Deal)
WHERE d.stage = 'WON' OR d.stage = 'OPEN'
RETURN collect(coalesce(d.productKey, '')) AS productKeys, collect(d.product) AS products, collect(d.companyId) AS companyIds,
       collect(coalesce(d.repId, '')) AS repIds, collect(d.stage) AS stages, collect(coalesce(d.closedAt, d.proposedAt, '')) AS dates
