// Neo4j: parameters as one map (see ONE_MAP_MARKER in src/store/cypher/query-library.ts).
// Handover brief (while the in-memory network is not loaded): who works at one company on a day, anchored on its key.
MATCH (c:Company {id: $companyId})<-[e:EMPLOYED_AT]-(p:Person)
WHERE (e.since IS NULL OR e.since <= $today) AND (e.until IS NULL OR e.until > $today)
RETURN e.id AS id, p.id AS repId, c.id AS companyId, e.title AS title, e.department AS department,
       e.since AS since, e.until AS until
ORDER BY p.sortKey, p.id, e.since
