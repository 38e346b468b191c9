// Brokers: every trust tie of the network, one row each.
// (Kuzu answers one row of parallel lists; Neo4j streams one row each: neo4j-driver decodes one record of hundreds of
// thousands of values many times slower. src/store/parallel-columns.ts reads both.)
MATCH (a:Person)-[tie:KNOWS]->(b:Person)
RETURN a.id AS a, b.id AS b, tie.trust AS trust
