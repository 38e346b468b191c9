// Proposals and referrals: every company's name, industry, customer segments, partner status, business policy and
// challenges, one row each.
// (Kuzu answers one row of parallel lists; Neo4j streams one row each: neo4j-driver decodes one record of hundreds of
// thousands of values many times slower. src/store/parallel-columns.ts reads both.)
MATCH (c:Company)
RETURN c.id AS ids, c.name AS names, coalesce(c.industry, '') AS industries, coalesce(c.customerSegments, []) AS segments,
       coalesce(c.partnerStatus, '') AS statuses, coalesce(c.businessPolicy, '') AS policies, coalesce(c.challenges, '') AS challenges
