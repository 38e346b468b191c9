// Neo4j: parameters as one map (see ONE_MAP_MARKER in src/store/cypher/query-library.ts).
// Job change: our managers of the handed-over interaction take part in its carrier too (found among the original's
// participants, anchored on its key: Kuzu answers `UNWIND $ids ... MATCH (p:Person {id: x})` with a scan). The carrier
// is new, so CREATE: on Kuzu a MERGE of PARTICIPATED_IN looks through the whole relationship table (~160 ms at 100,000
// people, against ~2 ms).
MATCH (o:Interaction {id: $originalId})<-[:PARTICIPATED_IN]-(m:Person)
WHERE m.id IN $managerIds
WITH DISTINCT m
MATCH (i:Interaction {id: $id})
CREATE (m)-[:PARTICIPATED_IN]->(i)
