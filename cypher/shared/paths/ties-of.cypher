// Warm paths, reading one level of a search: the relationships of these people whose recorded trust could
// still reach minTrust ($floor = minTrust minus the largest raise the effective-trust rule allows).
MATCH (p:Person)-[tie:KNOWS]-(o:Person)
WHERE p.id IN $ids AND tie.trust >= $floor
RETURN p.id AS personId, o.id AS otherId, tie.trust AS trust, tie.recordedAt AS recordedAt, tie.kind AS kind, tie.since AS since
