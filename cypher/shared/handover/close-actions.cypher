// Neo4j: parameters as one map (see ONE_MAP_MARKER in src/store/cypher/query-library.ts).
// Job change: the leaving rep's next actions handed over are closed on their interactions (the history stays as it
// happened; a carrier interaction takes each on), the version one up; anchored on the rep's key.
MATCH (p:Person {id: $repId})-[:PARTICIPATED_IN]->(i:Interaction)
WHERE i.id IN $ids
SET i.nextActionDone = true, i.version = i.version + 1
