// Referrals: the rep's own trust ties (to anyone), as parallel lists.
MATCH (r:Person {id: $id})-[k:KNOWS]-(o:Person)
RETURN collect(o.id) AS otherIds, collect(k.trust) AS trusts, collect(coalesce(k.kind, '')) AS kinds
