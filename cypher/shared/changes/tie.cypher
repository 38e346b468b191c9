// Catching up (warm-path network): the relationship of one pair, as paths/all-ties reads them.
MATCH (a:Person {id: $a})-[k:KNOWS]-(b:Person {id: $b})
RETURN a.id AS a, b.id AS b, k.trust AS trust, k.recordedAt AS recordedAt, k.kind AS kind, k.since AS since
