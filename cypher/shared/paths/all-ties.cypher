// Warm-path cache: every relationship, one row of parallel lists (null becomes '').
MATCH (a:Person)-[k:KNOWS]->(b:Person)
RETURN collect(a.id) AS a, collect(b.id) AS b, collect(k.trust) AS trust, collect(k.recordedAt) AS recordedAt,
       collect(coalesce(k.kind, '')) AS kind, collect(coalesce(k.since, '')) AS since
