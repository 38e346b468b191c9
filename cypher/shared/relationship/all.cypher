MATCH (a:Person)-[k:KNOWS]->(b:Person)
RETURN a.id AS a, b.id AS b, k.kind AS kind, k.trust AS trust, k.since AS since,
       k.recordedAt AS recordedAt, k.version AS version
ORDER BY a.id, b.id
