// Warm paths: every relationship among these people, whatever its trust (a recorded relationship, even a weak
// one, takes the place of the introduced tie a met introduction would give).
MATCH (a:Person)-[tie:KNOWS]->(b:Person)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a.id AS personId, b.id AS otherId, tie.trust AS trust, tie.recordedAt AS recordedAt, tie.kind AS kind, tie.since AS since
