// Neo4j: parameters as one map (see ONE_MAP_MARKER in src/store/cypher/query-library.ts).
// Job change: the deals one person handles (as deal/by-person-ids reads them), anchored on the person's key; in the
// write transaction, the open ones a successor takes over and the history of the brief.
MATCH (p:Person {id: $id})-[:HANDLED]->(d:Deal)
RETURN p.id AS personId, d
ORDER BY d.proposedAt DESC, d.id
