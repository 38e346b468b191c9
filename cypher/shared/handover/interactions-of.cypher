// Neo4j: parameters as one map (see ONE_MAP_MARKER in src/store/cypher/query-library.ts).
// Job change: one person's interactions (as interaction/by-person-ids reads them), anchored on the person's key.
MATCH (p:Person {id: $id})-[:PARTICIPATED_IN]->(i:Interaction)
RETURN p.id AS personId, i
ORDER BY i.atMillis DESC, i.id
