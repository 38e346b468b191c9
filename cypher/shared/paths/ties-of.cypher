// Warm paths, reading one level of a search: the relationships of these people whose recorded trust could
// still reach minTrust ($floor = minTrust minus the largest raise the effective-trust rule allows).
MATCH (p:Person)-[k:KNOWS]-(o:Person)
WHERE p.id IN $ids AND k.trust >= $floor
RETURN p.id AS personId, o.id AS otherId, k.trust AS trust, k.recordedAt AS recordedAt, k.kind AS kind, k.since AS since
