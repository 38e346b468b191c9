// Brokers: where everyone works now, one row each (the caller keeps each person's latest current employment).
// (Kuzu answers one row of parallel lists; Neo4j streams one row each: neo4j-driver decodes one record of hundreds of
// thousands of values many times slower. src/store/parallel-columns.ts reads both.)
MATCH (p:Person)-[e:EMPLOYED_AT]->(c:Company)
WHERE (e.since IS NULL OR e.since <= $today) AND (e.until IS NULL OR e.until > $today)
RETURN p.id AS personIds, c.id AS companyIds, coalesce(e.since, '') AS since
