// Neo4j: parameters as one map (see ONE_MAP_MARKER in src/store/cypher/query-library.ts).
// Job change: deals of one company handed to the successor in one statement (what saveDeal would write for each:
// the rep changed, the version one up); anchored on the company's key.
MATCH (c:Company {id: $companyId})<-[:DEAL_WITH]-(d:Deal), (s:Person {id: $successorId})
WHERE d.id IN $ids
SET d.repId = $successorId, d.version = d.version + 1
MERGE (s)-[h:HANDLED]->(d)
SET h.role = $role
