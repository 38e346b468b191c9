UNWIND $rows AS s
MATCH (a:Person {id: s.a}), (b:Person {id: s.b})
MERGE (a)-[k:KNOWS]->(b)
SET k.id = s.id, k.kind = s.kind, k.trust = s.trust, k.since = s.since, k.recordedAt = s.recordedAt,
    k.version = coalesce(k.version, 0) + 1
