// Neo4j: parameters as one map (see ONE_MAP_MARKER in src/store/cypher/query-library.ts).
// Job change: the leaving rep no longer handles these deals (their HANDLED edges to them go; the successor's come next).
MATCH (r:Person {id: $repId})-[h:HANDLED]->(d:Deal)
WHERE d.id IN $ids
DELETE h
