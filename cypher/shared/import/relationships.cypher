// Kuzu stage: RelationshipStage
MATCH (a:Person {id: s.a}), (b:Person {id: s.b})
MERGE (a)-[k:KNOWS]->(b)
SET k.recordedAt = CASE WHEN s.recordedAt IS NOT NULL THEN s.recordedAt
                        WHEN k.trust = s.trust AND k.recordedAt IS NOT NULL THEN k.recordedAt
                        ELSE $now END,
    k.kind = s.kind, k.trust = s.trust, k.since = s.since, k.version = coalesce(k.version, 0) + 1
