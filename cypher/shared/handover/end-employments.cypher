// Neo4j: parameters as one map (see ONE_MAP_MARKER in src/store/cypher/query-library.ts).
// Job change: the rep's current periods end on the effective date (their first day gone), anchored on the rep's key
// (on Kuzu, employment/save's MERGE looks through every employment).
MATCH (p:Person {id: $repId})-[e:EMPLOYED_AT]->(:Company)
WHERE e.id IN $ids
SET e.until = $until
