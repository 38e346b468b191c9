// Proposals and referrals: every tie between one of our managers and anyone, one row each.
// (Kuzu answers one row of parallel lists; Neo4j streams one row each: neo4j-driver decodes one record of hundreds of
// thousands of values many times slower. src/store/parallel-columns.ts reads both.)
MATCH (m:Person)-[tie:KNOWS]-(p:Person)
WHERE m.kind = 'MANAGER'
RETURN m.id AS managerIds, m.name AS managerNames, p.id AS personIds, tie.trust AS trusts
