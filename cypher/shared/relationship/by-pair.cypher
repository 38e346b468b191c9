MATCH (a:Person {id: $a})-[k:KNOWS]->(b:Person {id: $b})
RETURN a.id AS a, b.id AS b, k.kind AS kind, k.trust AS trust, k.since AS since,
       k.recordedAt AS recordedAt, k.version AS version
