MATCH (a:Person {id: $a}), (b:Person {id: $b})
MERGE (a)-[tie:KNOWS]->(b)
SET tie.kind = $kind, tie.trust = $trust, tie.since = $since, tie.recordedAt = $recordedAt, tie.version = $version
