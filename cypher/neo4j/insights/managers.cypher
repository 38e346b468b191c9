// Brokers: our team (every manager), one row each.
// (Kuzu answers one row of parallel lists; Neo4j streams one row each: neo4j-driver decodes one record of hundreds of
// thousands of values many times slower. src/store/parallel-columns.ts reads both.)
MATCH (m:Person)
WHERE m.kind = 'MANAGER'
RETURN m.id AS ids
