// Benchmark baseline only (bench/paths.bench.ts): every simple path of 1 to 4 steps between two people,
// enumerated by the engine and sorted by the product of the recorded trusts.
MATCH p = (m:Person {id: $from})-[:KNOWS*1..4]-(t:Person {id: $to})
WHERE all(n IN nodes(p) WHERE single(x IN nodes(p) WHERE x = n))
WITH [n IN nodes(p) | n.id] AS people, reduce(s = 1.0, k IN relationships(p) | s * k.trust) AS strength, length(p) AS hops
RETURN people, strength, hops
ORDER BY strength DESC, hops
LIMIT $limit
