MATCH (p:Person)-[k:KNOWS]-(o:Person) WHERE p.id IN $ids
RETURN p.id AS personId, o.id AS otherId, k.kind AS kind, k.trust AS trust, k.since AS since,
       k.recordedAt AS recordedAt, k.version AS version
ORDER BY k.trust DESC, o.id
