// Neo4j: parameters as one map (see ONE_MAP_MARKER in src/store/cypher/query-library.ts).
// Job change: the new period, when the rep has none with its id (rep@company@since) yet; else employment/save.
MATCH (p:Person {id: $repId}), (c:Company {id: $companyId})
CREATE (p)-[e:EMPLOYED_AT {id: $id, title: $title, department: $department, since: $since, until: $until}]->(c)
