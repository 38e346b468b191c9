MATCH (a:Person {id: $a})-[tie:KNOWS]->(b:Person {id: $b})
RETURN a.id AS a, b.id AS b, tie.kind AS kind, tie.trust AS trust, tie.since AS since,
       tie.recordedAt AS recordedAt, tie.version AS version
