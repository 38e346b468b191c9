// Neo4j: parameters as one map (see ONE_MAP_MARKER in src/store/cypher/query-library.ts).
// Handover brief: the introductions one person made (as introducer; introduction/by-person-ids columns), anchored on
// the person's key.
MATCH (a:Person {id: $id})-[x:INTRODUCED]->(b:Person)
RETURN x.id AS id, a.id AS introducerId, b.id AS introducedId, x.toManagerId AS toManagerId, x.at AS at,
       x.outcome AS outcome
ORDER BY x.at DESC, x.id
