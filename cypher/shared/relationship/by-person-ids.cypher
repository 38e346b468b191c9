MATCH (p:Person)-[tie:KNOWS]-(o:Person) WHERE p.id IN $ids
RETURN p.id AS personId, o.id AS otherId, tie.kind AS kind, tie.trust AS trust, tie.since AS since,
       tie.recordedAt AS recordedAt, tie.version AS version
ORDER BY tie.trust DESC, o.id
