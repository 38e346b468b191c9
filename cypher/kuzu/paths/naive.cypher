// Benchmark baseline only (bench/paths.bench.ts): every simple path of 1 to 4 steps between two people,
// enumerated by the engine and sorted by the product of the recorded trusts.
MATCH p = (m:Person {id: $from})-[:KNOWS* ACYCLIC 1..4]-(t:Person {id: $to})
WITH properties(nodes(p), 'id') AS people, list_product(properties(rels(p), 'trust')) AS strength, length(p) AS hops
RETURN people, strength, hops
ORDER BY strength DESC, hops
LIMIT $limit
