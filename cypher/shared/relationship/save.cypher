MATCH (a:Person {id: $a}), (b:Person {id: $b})
MERGE (a)-[k:KNOWS]->(b)
SET k.kind = $kind, k.trust = $trust, k.since = $since, k.recordedAt = $recordedAt, k.version = $version
