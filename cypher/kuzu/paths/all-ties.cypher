// Warm-path cache: every relationship, one row of parallel lists (null becomes '').
MATCH (a:Person)-[tie:KNOWS]->(b:Person)
RETURN collect(a.id) AS a, collect(b.id) AS b, collect(tie.trust) AS trust, collect(tie.recordedAt) AS recordedAt,
       collect(coalesce(tie.kind, '')) AS kind, collect(coalesce(tie.since, '')) AS since
