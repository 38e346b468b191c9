// Tests only: an empty graph on the shared test Neo4j. Only the migrations' records stay (the schema they made is
// still there); every other Meta goes too (the demo's "loaded" mark, deleted managers' ids, a finished backfill).
MATCH (n) WHERE NOT (n:Meta AND n.key STARTS WITH 'migration:') DETACH DELETE n
