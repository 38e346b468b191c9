MATCH (a:Person)-[tie:KNOWS]->(b:Person)
RETURN a.id AS a, b.id AS b, tie.kind AS kind, tie.trust AS trust, tie.since AS since,
       tie.recordedAt AS recordedAt, tie.version AS version
ORDER BY a.id, b.id
