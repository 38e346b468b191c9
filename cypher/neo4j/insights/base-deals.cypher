// Proposals: every won or open deal (product, company, rep, stage, closedAt else proposedAt), one row each.
// (Kuzu answers one row of parallel lists; Neo4j streams one row each: neo4j-driver decodes one record of hundreds of
// thousands of values many times slower. src/store/parallel-columns.ts reads both.)
MATCH (d:Deal)
WHERE d.stage = 'WON' OR d.stage = 'OPEN'
RETURN coalesce(d.productKey, '') AS productKeys, d.product AS products, d.companyId AS companyIds,
       coalesce(d.repId, '') AS repIds, d.stage AS stages, coalesce(d.closedAt, d.proposedAt, '') AS dates
