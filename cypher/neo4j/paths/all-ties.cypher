// Warm-path cache: every relationship, one row each (null becomes ''; rows, not one record of lists: see
// all-companies.cypher).
MATCH (a:Person)-[tie:KNOWS]->(b:Person)
RETURN a.id AS a, b.id AS b, tie.trust AS trust, tie.recordedAt AS recordedAt, coalesce(tie.kind, '') AS kind,
       coalesce(tie.since, '') AS since
