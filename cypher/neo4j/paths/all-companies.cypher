// Warm-path cache: every company's name, one row each. (Kuzu returns one row of parallel lists; Neo4j streams rows,
// because neo4j-driver decodes one record of hundreds of thousands of values many times slower: bench/README.md.)
MATCH (c:Company)
RETURN c.id AS ids, c.name AS names
